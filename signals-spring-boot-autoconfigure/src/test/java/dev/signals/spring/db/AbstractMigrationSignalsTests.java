package dev.signals.spring.db;

import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.signals.spring.Receiver;
import dev.signals.spring.ReceiverDeclarationException;
import dev.signals.spring.db.Migration.State;
import dev.signals.spring.db.app.CatalogSeed;
import dev.signals.spring.db.app.DatabaseApplication;
import dev.signals.spring.db.app.MigrationLog.Sent;
import dev.signals.spring.db.app.MigrationLog;
import dev.signals.spring.db.app.ProductRepository;
import liquibase.integration.spring.SpringLiquibase;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@code pre_migrate} and {@code post_migrate} around the migrations Spring Boot runs while the
 * application starts, heard by {@code @Receiver} beans of that application, on a real database.
 */
abstract class AbstractMigrationSignalsTests {

	private static final List<Migration> FLYWAY_PLAN = List.of(new Migration("1", "create product", State.PENDING),
			new Migration("2", "add price", State.PENDING));

	private static final List<Migration> LIQUIBASE_PLAN = List.of(
			new Migration("create-product", "create product", State.PENDING),
			new Migration("add-price", "add price", State.PENDING));

	/** @return the JDBC URL of a new, empty database */
	abstract String newDatabase();

	@Test
	void flywaySendsPreAndPostMigrateOnceAroundTheRunWithItsPlan() {
		try (ConfigurableApplicationContext context = DatabaseApplication.start(newDatabase(),
				new Class<?>[] { MigrationLog.class }, DatabaseApplication.FLYWAY)) {
			assertThat(context.getBean(MigrationLog.class).sent()).containsExactly(
					new Sent(DatabaseSignals.PRE_MIGRATE, Flyway.class, "dataSource", FLYWAY_PLAN, MigrationTool.FLYWAY),
					new Sent(DatabaseSignals.POST_MIGRATE, Flyway.class, "dataSource", applied(FLYWAY_PLAN), MigrationTool.FLYWAY));
		}
	}

	@Test
	void liquibaseSendsPreAndPostMigrateOnceAroundTheUpdateWithItsPlan() {
		try (ConfigurableApplicationContext context = DatabaseApplication.start(newDatabase(),
				new Class<?>[] { MigrationLog.class }, DatabaseApplication.LIQUIBASE)) {
			assertThat(context.getBean(MigrationLog.class).sent()).containsExactly(
					new Sent(DatabaseSignals.PRE_MIGRATE, SpringLiquibase.class, "dataSource", LIQUIBASE_PLAN,
							MigrationTool.LIQUIBASE),
					new Sent(DatabaseSignals.POST_MIGRATE, SpringLiquibase.class, "dataSource", applied(LIQUIBASE_PLAN),
							MigrationTool.LIQUIBASE));
		}
	}

	@Test
	void eachDataSourceMigratedIsSentOnceWithItsOwnName() {
		try (ConfigurableApplicationContext context = DatabaseApplication.start(newDatabase(),
				new Class<?>[] { MigrationLog.class, TwoDataSources.class }, "spring.flyway.enabled=true",
				"spring.flyway.locations=classpath:db/signals/flyway", "spring.liquibase.enabled=true",
				"spring.liquibase.change-log=classpath:db/signals/liquibase/changelog.sql",
				"test.reporting-url=" + newDatabase())) {
			assertThat(context.getBean(MigrationLog.class).sent())
				.extracting(Sent::signal, Sent::tool, Sent::using, (sent) -> sent.plan().size())
				.containsExactlyInAnyOrder(tuple(DatabaseSignals.PRE_MIGRATE, MigrationTool.FLYWAY, "dataSource", 2),
						tuple(DatabaseSignals.POST_MIGRATE, MigrationTool.FLYWAY, "dataSource", 2),
						tuple(DatabaseSignals.PRE_MIGRATE, MigrationTool.LIQUIBASE, "reportingDataSource", 2),
						tuple(DatabaseSignals.POST_MIGRATE, MigrationTool.LIQUIBASE, "reportingDataSource", 2));
		}
	}

	@Test
	void postMigrateReceiverSeedsThroughTheRepositoriesOnceAcrossRestarts() {
		String database = newDatabase();
		Class<?>[] receivers = { MigrationLog.class, CatalogSeed.class };
		try (ConfigurableApplicationContext context = DatabaseApplication.start(database, receivers,
				DatabaseApplication.FLYWAY)) {
			assertThat(context.getBean(ProductRepository.class).findAll()).extracting("name")
				.containsExactlyInAnyOrder("kettle", "teapot");
		}
		try (ConfigurableApplicationContext context = DatabaseApplication.start(database, receivers,
				DatabaseApplication.FLYWAY)) {
			assertThat(context.getBean(MigrationLog.class).sent()).extracting(Sent::signal, Sent::plan)
				.containsExactly(tuple(DatabaseSignals.PRE_MIGRATE, List.of()), tuple(DatabaseSignals.POST_MIGRATE, List.of()));
			assertThat(context.getBean(ProductRepository.class).count()).isEqualTo(2);
		}
	}

	@Test
	void migratingAgainOnceStartedSendsBothAtOnce() {
		try (ConfigurableApplicationContext context = DatabaseApplication.start(newDatabase(),
				new Class<?>[] { MigrationLog.class }, DatabaseApplication.FLYWAY)) {
			context.getBean(Flyway.class).migrate();

			assertThat(context.getBean(MigrationLog.class).sent()).hasSize(4)
				.last()
				.isEqualTo(new Sent(DatabaseSignals.POST_MIGRATE, Flyway.class, "dataSource", List.of(), MigrationTool.FLYWAY));
		}
	}

	@Test
	void failingPostMigrateReceiverFailsTheStartNamingIt() {
		assertThatException()
			.isThrownBy(() -> DatabaseApplication.start(newDatabase(), new Class<?>[] { FailingSeed.class },
					DatabaseApplication.FLYWAY).close())
			.isInstanceOf(MigrationSignalException.class)
			.withMessage("Receiver FailingSeed#seed of signal 'post_migrate' failed after the Flyway migration of "
					+ "'dataSource' (2 migrations applied): java.lang.IllegalStateException: no catalogue to seed")
			.havingCause()
			.withMessage("no catalogue to seed");
	}

	@Test
	void failingPreMigrateReceiverStopsTheMigration() {
		String database = newDatabase();
		assertThatException()
			.isThrownBy(() -> DatabaseApplication.start(database, new Class<?>[] { FailingPreparation.class },
					DatabaseApplication.LIQUIBASE).close())
			.havingRootCause()
			.withMessage("not ready to migrate");
		try (ConfigurableApplicationContext context = DatabaseApplication.start(database, new Class<?>[0],
				"spring.flyway.enabled=false", "spring.liquibase.enabled=false")) {
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = "
					+ "'product'", Integer.class)).isZero();
		}
	}

	@Test
	void preMigrateReceiverThatNeedsTheRepositoriesFailsSayingWhy() {
		assertThatException()
			.isThrownBy(() -> DatabaseApplication.start(newDatabase(), new Class<?>[] { EarlySeed.class },
					DatabaseApplication.FLYWAY).close())
			.extracting((ex) -> cause(ex, ReceiverDeclarationException.class))
			.asInstanceOf(InstanceOfAssertFactories.THROWABLE)
			.message()
			.startsWith("Invalid @Receiver EarlySeed#prepare: it receives 'pre_migrate', which is sent "
					+ "while the context starts, so its bean ")
			.contains("'abstractMigrationSignalsTests.EarlySeed'", "Requested bean is currently in creation")
			.endsWith("; receive 'pre_migrate' in a bean of its own that does not depend on the DataSource, JPA or "
					+ "repositories");
	}

	@Test
	void receiverOfTheOtherToolFailsTheStart() {
		assertThatException()
			.isThrownBy(() -> DatabaseApplication.start(newDatabase(), new Class<?>[] { LiquibaseOnly.class },
					DatabaseApplication.FLYWAY).close())
			.isInstanceOf(ReceiverDeclarationException.class)
			.withMessage("Invalid @Receiver LiquibaseOnly#migrated: it receives 'pre_migrate' or 'post_migrate' from "
					+ "sender class liquibase.integration.spring.SpringLiquibase, which this application never sends: the "
					+ "migration signals of this application come from [org.flywaydb.core.Flyway]. Connect it for one of "
					+ "these, or for any sender");
	}

	/** @return the first exception of this type in the chain of causes */
	static Throwable cause(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return cause;
			}
		}
		throw new AssertionError("No " + type.getName() + " among the causes of " + failure, failure);
	}

	private static List<Migration> applied(List<Migration> plan) {
		return plan.stream().map((migration) -> new Migration(migration.version(), migration.description(), State.APPLIED))
			.toList();
	}

	/** The application's data source, and a second one that Liquibase migrates. */
	@Configuration(proxyBeanMethods = false)
	static class TwoDataSources {

		@Bean
		@Primary
		HikariDataSource dataSource(@Value("${spring.datasource.url}") String url) {
			return pool(url);
		}

		@Bean
		@LiquibaseDataSource
		HikariDataSource reportingDataSource(@Value("${test.reporting-url}") String url) {
			return pool(url);
		}

		private static HikariDataSource pool(String url) {
			return DataSourceBuilder.create().type(HikariDataSource.class).url(url).username("postgres")
				.password("postgres").build();
		}

	}

	static class FailingSeed {

		@Receiver(signal = DatabaseSignals.POST_MIGRATE)
		public void seed() {
			throw new IllegalStateException("no catalogue to seed");
		}

	}

	static class FailingPreparation {

		@Receiver(signal = DatabaseSignals.PRE_MIGRATE)
		public void prepare() {
			throw new IllegalStateException("not ready to migrate");
		}

	}

	static class EarlySeed {

		EarlySeed(ProductRepository products) {
		}

		@Receiver(signal = DatabaseSignals.PRE_MIGRATE)
		public void prepare() {
		}

	}

	static class LiquibaseOnly {

		@Receiver(signal = DatabaseSignals.POST_MIGRATE, sender = SpringLiquibase.class)
		public void migrated() {
		}

	}

}
