package dev.signals.autoconfigure.db;

import dev.signals.SignalRegistry;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.spring.ReceiverMethodProcessor;
import dev.signals.spring.db.DataSourceNames;
import dev.signals.spring.db.DatabaseSignalsProperties;
import dev.signals.spring.db.FlywayMigrationSignals;
import dev.signals.spring.db.LiquibaseMigrationSignals;
import dev.signals.spring.db.MigrationReceiversCheck;
import dev.signals.spring.db.MigrationSignals;
import liquibase.integration.spring.SpringLiquibase;
import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of {@code pre_migrate} and {@code post_migrate}: sent around Flyway migrations
 * (a Flyway {@code Callback} bean, which Spring Boot adds to its Flyway) and Liquibase updates (of
 * every {@code SpringLiquibase} bean), each when its library is present, unless
 * {@code signals.db.migrations.enabled=false}. Whatever is present, receivers of these signals that
 * nothing will call fail the start.
 */
@AutoConfiguration(after = SignalsAutoConfiguration.class)
@ConditionalOnBean(SignalRegistry.class)
@EnableConfigurationProperties(DatabaseSignalsProperties.class)
public final class MigrationSignalsAutoConfiguration {

	@Bean
	MigrationReceiversCheck migrationReceiversCheck(ConfigurableListableBeanFactory beanFactory,
			ObjectProvider<ReceiverMethodProcessor> processor, DatabaseSignalsProperties properties) {
		return new MigrationReceiversCheck(beanFactory, processor, properties);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "signals.db.migrations.enabled", matchIfMissing = true)
	static class SendingConfiguration {

		@Bean
		MigrationSignals migrationSignals(ObjectProvider<SignalRegistry> registry,
				ObjectProvider<ReceiverMethodProcessor> processor) {
			return new MigrationSignals(registry, processor);
		}

		@Bean
		DataSourceNames migrationDataSourceNames(ConfigurableListableBeanFactory beanFactory) {
			return new DataSourceNames(beanFactory);
		}

		@Configuration(proxyBeanMethods = false)
		@ConditionalOnClass(Flyway.class)
		static class FlywayConfiguration {

			@Bean
			FlywayMigrationSignals flywayMigrationSignals(MigrationSignals signals, DataSourceNames names) {
				return new FlywayMigrationSignals(signals, names);
			}

		}

		@Configuration(proxyBeanMethods = false)
		@ConditionalOnClass(SpringLiquibase.class)
		static class LiquibaseConfiguration {

			@Bean
			static LiquibaseMigrationSignals liquibaseMigrationSignals(ObjectProvider<MigrationSignals> signals,
					ObjectProvider<DataSourceNames> names) {
				return new LiquibaseMigrationSignals(signals, names);
			}

		}

	}

}
