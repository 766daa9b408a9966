package dev.signals.spring.db;

import javax.sql.DataSource;

import dev.signals.SignalRegistry;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.autoconfigure.db.ConnectionSignalsAutoConfiguration;
import dev.signals.autoconfigure.db.MigrationSignalsAutoConfiguration;
import dev.signals.spring.ReceiverDeclarationException;
import dev.signals.spring.db.app.MigrationLog;
import liquibase.integration.spring.SpringLiquibase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database signals exist in every application; a receiver of one that nothing in the
 * application will send fails the start, saying why.
 */
class NeverSentReceiversTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations
		.of(SignalsAutoConfiguration.class, MigrationSignalsAutoConfiguration.class, ConnectionSignalsAutoConfiguration.class));

	@Test
	void withoutFlywayAndLiquibaseTheMigrationSignalsExistAndTheContextStarts() {
		this.runner.withClassLoader(new FilteredClassLoader(Flyway.class, SpringLiquibase.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.getBean(SignalRegistry.class)
				.satisfies((registry) -> assertThat(registry.get(DatabaseSignals.POST_MIGRATE).argumentNames())
					.containsExactly("using", "plan", "tool")));
	}

	@Test
	void migrationReceiverWithoutFlywayAndLiquibaseFailsTheStart() {
		this.runner.withClassLoader(new FilteredClassLoader(Flyway.class, SpringLiquibase.class))
			.withBean(MigrationLog.class)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(ReceiverDeclarationException.class)
				.hasMessage("Invalid @Receiver MigrationLog#migrated: it receives 'pre_migrate' or 'post_migrate', which "
						+ "this application never sends: they are sent around Flyway and "
						+ "Liquibase migrations, and neither is on the class path. Add spring-boot-starter-flyway or "
						+ "spring-boot-starter-liquibase, or remove the receiver"));
	}

	@Test
	void migrationReceiverWithFlywayTurnedOffFailsTheStart() {
		this.runner.withConfiguration(AutoConfigurations.of(FlywayAutoConfiguration.class))
			.withBean(DataSource.class, () -> new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).generateUniqueName(true).build())
			.withPropertyValues("spring.flyway.enabled=false")
			.withBean(MigrationLog.class)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(ReceiverDeclarationException.class)
				.hasMessageEndingWith("which this application never sends: the context "
						+ "has no Flyway or Liquibase bean to migrate with (spring.flyway.enabled or "
						+ "spring.liquibase.enabled is false, or there is no DataSource). Enable a migration, or remove the "
						+ "receiver"));
	}

	@Test
	void migrationReceiverWithTheMigrationSignalsTurnedOffFailsTheStart() {
		this.runner.withPropertyValues("signals.db.migrations.enabled=false")
			.withBean(MigrationLog.class)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(ReceiverDeclarationException.class)
				.hasMessageEndingWith(": signals.db.migrations.enabled=false turns them off. Remove that property, or "
						+ "the receiver"));
	}

	@Test
	void flywayBuiltWithoutTheSignalsCallbackFailsTheStartOfItsReceivers() {
		this.runner
			.withBean("reportingFlyway", Flyway.class,
					() -> Flyway.configure().dataSource(new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).generateUniqueName(true).build()).load())
			.withBean(MigrationLog.class)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(ReceiverDeclarationException.class)
				.hasMessageEndingWith(": the Flyway beans [reportingFlyway] were built without the callback that sends "
						+ "them. Add the FlywayMigrationSignals bean to their callbacks(...), as Spring Boot does for the "
						+ "Flyway it configures"));
	}

	@Test
	void connectionReceiverWithTheConnectionSignalTurnedOffFailsTheStart() {
		this.runner.withPropertyValues("signals.db.connections.enabled=false")
			.withBean(LoggingReceiver.class)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(ReceiverDeclarationException.class)
				.hasMessage("Invalid @Receiver LoggingReceiver#created: it receives 'connection_created', which this "
						+ "application never sends: signals.db.connections.enabled=false turns it off. Remove that property, "
						+ "or the receiver"));
	}

	@Test
	void receiverConnectedInCodeToEverySignalForAnySenderIsLeftAlone() {
		this.runner.withClassLoader(new FilteredClassLoader(Flyway.class, SpringLiquibase.class))
			.withBean(EverySignal.class)
			.run((context) -> assertThat(context).hasNotFailed());
	}

	static class EverySignal {

		EverySignal(SignalRegistry registry) {
			registry.signals().forEach((signal) -> signal.connect((event) -> null));
		}

	}

	static class LoggingReceiver {

		@dev.signals.spring.Receiver(signal = DatabaseSignals.CONNECTION_CREATED)
		public void created(String using) {
		}

	}

}
