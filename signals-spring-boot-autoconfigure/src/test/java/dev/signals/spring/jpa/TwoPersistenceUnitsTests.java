package dev.signals.spring.jpa;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import dev.signals.Connect;
import dev.signals.SignalRegistry;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.autoconfigure.jpa.JpaSignalsAutoConfiguration;
import dev.signals.spring.jpa.app.Customer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Two persistence units in one context, and two contexts side by side: {@code using} names the
 * unit, and each context's receivers hear only the saves of its own units.
 */
class TwoPersistenceUnitsTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class, JpaSignalsAutoConfiguration.class))
		.withUserConfiguration(TwoUnits.class);

	@Test
	void usingNamesTheUnitOnH2() {
		this.runner.withUserConfiguration(H2Databases.class).run(this::usingNamesTheUnit);
	}

	@Test
	void usingNamesTheUnitOnPostgres() {
		this.runner.withUserConfiguration(PostgresDatabases.class).run(this::usingNamesTheUnit);
	}

	private void usingNamesTheUnit(AssertableApplicationContext context) {
		List<Object[]> received = new ArrayList<>();
		context.getBean(SignalRegistry.class)
			.get(ModelSignals.POST_SAVE)
			.connect((event) -> received.add(new Object[] { event.get("using"), ((Customer) event.get("instance")).getName() }),
					Connect.sender(Customer.class));
		save(context.getBean("first", EntityManagerFactory.class), "in first");
		save(context.getBean("second", EntityManagerFactory.class), "in second");
		assertThat(received).extracting((pair) -> pair[0], (pair) -> pair[1])
			.containsExactly(tuple("first", "in first"), tuple("second", "in second"));
	}

	@Test
	void eachContextHearsOnlyItsOwnUnits() {
		this.runner.withUserConfiguration(H2Databases.class).run((one) -> this.runner
			.withUserConfiguration(PostgresDatabases.class)
			.run((other) -> {
				List<String> heardByOne = listen(one);
				List<String> heardByOther = listen(other);
				save(one.getBean("first", EntityManagerFactory.class), "one");
				save(other.getBean("second", EntityManagerFactory.class), "other");
				assertThat(heardByOne).containsExactly("one");
				assertThat(heardByOther).containsExactly("other");
			}));
	}

	private static List<String> listen(AssertableApplicationContext context) {
		List<String> heard = new ArrayList<>();
		context.getBean(SignalRegistry.class)
			.get(ModelSignals.POST_SAVE)
			.connect((event) -> heard.add(((Customer) event.get("instance")).getName()), Connect.sender(Customer.class));
		return heard;
	}

	private static void save(EntityManagerFactory emf, String name) {
		inTransaction(emf, (em) -> em.persist(new Customer(name)));
	}

	private static void inTransaction(EntityManagerFactory emf, Consumer<EntityManager> work) {
		try (EntityManager em = emf.createEntityManager()) {
			em.getTransaction().begin();
			work.accept(em);
			em.getTransaction().commit();
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class TwoUnits {

		@Bean
		LocalContainerEntityManagerFactoryBean first(@Qualifier("firstDataSource") DataSource dataSource) {
			return unit("first", dataSource);
		}

		@Bean
		LocalContainerEntityManagerFactoryBean second(@Qualifier("secondDataSource") DataSource dataSource) {
			return unit("second", dataSource);
		}

		private static LocalContainerEntityManagerFactoryBean unit(String name, DataSource dataSource) {
			LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
			factory.setPersistenceUnitName(name);
			factory.setDataSource(dataSource);
			factory.setManagedTypes(PersistenceManagedTypes.of(Customer.class.getName()));
			factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
			factory.setJpaPropertyMap(Map.of("hibernate.hbm2ddl.auto", "create-drop"));
			return factory;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class H2Databases {

		@Bean
		DataSource firstDataSource() {
			return h2("first");
		}

		@Bean
		DataSource secondDataSource() {
			return h2("second");
		}

		private static DataSource h2(String name) {
			JdbcDataSource dataSource = new JdbcDataSource();
			dataSource.setURL("jdbc:h2:mem:units-" + name + "-" + System.identityHashCode(dataSource)
					+ ";DB_CLOSE_DELAY=-1");
			return dataSource;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class PostgresDatabases {

		@Bean(destroyMethod = "close")
		EmbeddedPostgres embeddedPostgres() throws IOException, SQLException {
			EmbeddedPostgres postgres = EmbeddedPostgres.start();
			try (Connection connection = postgres.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("create database second");
			}
			return postgres;
		}

		@Bean
		DataSource firstDataSource(EmbeddedPostgres postgres) {
			return postgres.getPostgresDatabase();
		}

		@Bean
		DataSource secondDataSource(EmbeddedPostgres postgres) {
			return postgres.getDatabase("postgres", "second");
		}

	}

}
