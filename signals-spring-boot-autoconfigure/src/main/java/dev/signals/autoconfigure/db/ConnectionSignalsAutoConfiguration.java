package dev.signals.autoconfigure.db;

import com.zaxxer.hikari.HikariDataSource;
import dev.signals.SignalRegistry;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.spring.ReceiverMethodProcessor;
import dev.signals.spring.db.ConnectionReceiversCheck;
import dev.signals.spring.db.ConnectionSignals;
import dev.signals.spring.db.DatabaseSignalsProperties;
import dev.signals.spring.db.HikariConnectionSignals;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Auto-configuration of {@code connection_created}: sent for each new physical connection of every
 * HikariCP pool of the context when HikariCP and Spring JDBC are present, unless
 * {@code signals.db.connections.enabled=false}; {@link ConnectionSignals} serves other pools.
 * Receivers of the signal that no pool will call fail the start.
 */
@AutoConfiguration(after = SignalsAutoConfiguration.class)
@ConditionalOnBean(SignalRegistry.class)
@EnableConfigurationProperties(DatabaseSignalsProperties.class)
public final class ConnectionSignalsAutoConfiguration {

	@Bean
	ConnectionReceiversCheck connectionReceiversCheck(ListableBeanFactory beanFactory,
			ObjectProvider<ReceiverMethodProcessor> processor, ObjectProvider<ConnectionSignals> signals,
			DatabaseSignalsProperties properties) {
		return new ConnectionReceiversCheck(beanFactory, processor, signals, properties);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(DelegatingDataSource.class)
	@ConditionalOnBooleanProperty(name = "signals.db.connections.enabled", matchIfMissing = true)
	static class SendingConfiguration {

		@Bean
		ConnectionSignals connectionSignals(ObjectProvider<SignalRegistry> registry,
				ObjectProvider<ReceiverMethodProcessor> processor) {
			return new ConnectionSignals(registry, processor);
		}

		@Configuration(proxyBeanMethods = false)
		@ConditionalOnClass(HikariDataSource.class)
		static class HikariConfiguration {

			@Bean
			static HikariConnectionSignals hikariConnectionSignals(ObjectProvider<ConnectionSignals> signals) {
				return new HikariConnectionSignals(signals);
			}

		}

	}

}
