package dev.signals.spring.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.signals.spring.Receiver;
import dev.signals.spring.ReceiverDeclarationException;
import dev.signals.spring.db.app.DatabaseApplication;
import dev.signals.spring.db.app.SessionSetUp.Created;
import dev.signals.spring.db.app.SessionSetUp;
import dev.signals.spring.db.app.TomcatPool;
import org.junit.jupiter.api.Test;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * {@code connection_created} for the physical connections of Spring Boot's HikariCP pool (and of
 * another pool given {@link ConnectionSignals#wrap}), heard by a {@code @Receiver} bean that sets
 * each session up, on a real database.
 */
abstract class AbstractConnectionSignalsTests {

	private static final String POOL_OF_THREE = "spring.datasource.hikari.maximum-pool-size=3";

	private static final String THREE_IDLE = "spring.datasource.hikari.minimum-idle=3";

	/** @return the JDBC URL of a new, empty database */
	abstract String newDatabase();

	/** @return session set-up SQL, and the query that reads back what it set */
	abstract String[] sessionSetUpAndCheck();

	/** @return the class of the database's physical connections */
	abstract String connectionClass();

	@Test
	void everyNewPhysicalConnectionIsSetUpOnceAndBorrowingSendsNothing() throws SQLException {
		try (ConfigurableApplicationContext context = start(newDatabase(), SessionSetUp.class, POOL_OF_THREE,
				THREE_IDLE)) {
			HikariDataSource pool = context.getBean(HikariDataSource.class);
			SessionSetUp setUp = context.getBean(SessionSetUp.class);
			await().atMost(Duration.ofSeconds(10))
				.until(() -> pool.getHikariPoolMXBean().getTotalConnections() == 3 && setUp.created().size() == 3);

			for (int i = 0; i < 30; i++) {
				pool.getConnection().close();
			}
			List<Connection> borrowed = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				borrowed.add(pool.getConnection());
			}
			for (Connection connection : borrowed) {
				assertThat(readBack(connection)).isEqualTo("on");
				connection.close();
			}
			assertThat(setUp.created()).hasSize(3).allSatisfy((created) -> {
				assertThat(created.using()).isEqualTo("dataSource");
				assertThat(created.sender().getName()).isEqualTo(connectionClass());
				assertThat(created.connection().getClass()).isSameAs(created.sender());
			});
			assertThat(setUp.created().get(0).thread()).as("the pool's first connection, opened while starting")
				.isEqualTo("main");
		}
	}

	@Test
	void failingReceiverFailsThatConnectionAttemptAndClosesTheConnection() throws SQLException {
		try (ConfigurableApplicationContext context = start(newDatabase(), SessionSetUp.class,
				"spring.datasource.hikari.maximum-pool-size=1", "spring.datasource.hikari.connection-timeout=250")) {
			HikariDataSource pool = context.getBean(HikariDataSource.class);
			SessionSetUp setUp = context.getBean(SessionSetUp.class);
			setUp.refuse(true);
			pool.getHikariPoolMXBean().softEvictConnections();

			assertThatExceptionOfType(SQLTransientConnectionException.class).isThrownBy(pool::getConnection)
				.havingCause()
				.withMessage("Receiver SessionSetUp#created of signal 'connection_created' failed for a new connection "
						+ "of 'dataSource', which was closed: java.lang.IllegalStateException: refused")
				.havingCause()
				.isInstanceOf(IllegalStateException.class)
				.withMessage("refused");
			List<Created> refused = setUp.created().subList(1, setUp.created().size());
			assertThat(refused).isNotEmpty().allSatisfy((created) -> assertThat(created.connection().isClosed()).isTrue());

			setUp.refuse(false);
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
				try (Connection connection = pool.getConnection()) {
					assertThat(readBack(connection)).isEqualTo("on");
				}
			});
		}
	}

	@Test
	void anotherPoolSendsItForTheConnectionsItOpensThroughWrap() throws SQLException {
		String database = newDatabase();
		try (ConfigurableApplicationContext context = start(database, SessionSetUp.class, TomcatPool.class)) {
			DataSource dataSource = context.getBean(DataSource.class);
			try (Connection connection = dataSource.getConnection()) {
				assertThat(readBack(connection)).isEqualTo("on");
			}
			assertThat(context.getBean(SessionSetUp.class).created()).extracting(Created::using)
				.containsExactly("dataSource", "dataSource");
		}
	}

	@Test
	void receiverOfAPoolThatDoesNotSendItFailsTheStart() {
		String database = newDatabase();
		assertThatException().isThrownBy(() -> start(database, SessionSetUp.class, UnpooledDataSource.class).close())
			.isInstanceOf(ReceiverDeclarationException.class)
			.withMessage("Invalid @Receiver SessionSetUp#created: it receives 'connection_created', which this "
					+ "application never sends: it is sent for the connections of HikariCP pools, and the data sources "
					+ "of this context are {dataSource=org.springframework.jdbc.datasource.SimpleDriverDataSource}. Use "
					+ "HikariCP (Spring Boot's default pool), or give your pool the data source ConnectionSignals.wrap(...) "
					+ "returns as the source of its connections");
	}

	@Test
	void asyncReceiverOfConnectionCreatedFailsTheStart() {
		assertThatException().isThrownBy(() -> start(newDatabase(), AsyncSetUp.class).close())
			.extracting((ex) -> AbstractMigrationSignalsTests.cause(ex, ReceiverDeclarationException.class))
			.extracting(Throwable::getMessage)
			.isEqualTo("Invalid @Receiver AsyncSetUp#created: it receives 'connection_created', which is sent while "
					+ "the context starts, before transactions and the task executor exist, so its receivers run at "
					+ "once: remove async = true");
	}

	private ConfigurableApplicationContext start(String database, Class<?> receiver, String... properties) {
		return start(database, receiver, null, properties);
	}

	private ConfigurableApplicationContext start(String database, Class<?> receiver, Class<?> configuration,
			String... properties) {
		List<String> all = new ArrayList<>(List.of(properties));
		all.add("test.session.set-up=" + sessionSetUpAndCheck()[0]);
		Class<?>[] sources = (configuration != null) ? new Class<?>[] { receiver, configuration }
				: new Class<?>[] { receiver };
		return DatabaseApplication.start(database, sources, all.toArray(String[]::new));
	}

	private String readBack(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sessionSetUpAndCheck()[1])) {
			result.next();
			return result.getString(1);
		}
	}

	static class AsyncSetUp {

		@Receiver(signal = DatabaseSignals.CONNECTION_CREATED, async = true)
		public void created(Connection connection) {
		}

	}

	/** No pool at all. */
	@Configuration(proxyBeanMethods = false)
	static class UnpooledDataSource {

		@Bean
		SimpleDriverDataSource dataSource(DataSourceProperties properties) {
			return properties.initializeDataSourceBuilder().type(SimpleDriverDataSource.class).build();
		}

	}

}
