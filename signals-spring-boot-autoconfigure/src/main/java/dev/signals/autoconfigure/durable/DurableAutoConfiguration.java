package dev.signals.autoconfigure.durable;

import java.time.Clock;

import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import dev.signals.SignalRegistry;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.spring.durable.ArgumentCodec;
import dev.signals.spring.durable.Deliveries;
import dev.signals.spring.durable.DeliveryMetrics;
import dev.signals.spring.durable.DurableOutbox;
import dev.signals.spring.durable.DurableProperties;
import dev.signals.spring.durable.DurablePublications;
import dev.signals.spring.durable.DurableRuntimeHints;
import dev.signals.spring.durable.DurableSchemaInitializer;
import dev.signals.spring.durable.DurableTargets;
import dev.signals.spring.durable.Entities;
import dev.signals.spring.durable.JpaEntities;
import dev.signals.spring.durable.MicrometerDeliveryMetrics;
import dev.signals.spring.durable.PublicationStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Auto-configuration of durable signals: applies when the application has a single
 * {@link DataSource} and transaction manager, spring-jdbc and Jackson, unless
 * {@code signals.durable.enabled=false}. Entities are stored by reference when JPA is present,
 * and delivery outcomes are counted when Micrometer is.
 */
@AutoConfiguration(after = SignalsAutoConfiguration.class,
		afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
				"org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
				"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
				"org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
				"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
				"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass({ JdbcTemplate.class, PlatformTransactionManager.class, ObjectMapper.class,
		DataSourceScriptDatabaseInitializer.class })
@ConditionalOnBean(SignalRegistry.class)
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnBooleanProperty(name = "signals.durable.enabled", matchIfMissing = true)
@EnableConfigurationProperties(DurableProperties.class)
@ImportRuntimeHints(DurableRuntimeHints.class)
public final class DurableAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	DurableSchemaInitializer signalsDurableSchemaInitializer(DataSource dataSource, DurableProperties properties) {
		return new DurableSchemaInitializer(dataSource, properties.getInitializeSchema());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnSingleCandidate(PlatformTransactionManager.class)
	static class OutboxConfiguration {

		@Bean
		PublicationStore signalsPublicationStore(DataSource dataSource) {
			return new PublicationStore(new JdbcTemplate(dataSource));
		}

		@Bean
		DurableTargets signalsDurableTargets() {
			return new DurableTargets();
		}

		@Bean
		ArgumentCodec signalsDurableArgumentCodec(ObjectProvider<ObjectMapper> json, ObjectProvider<Entities> entities,
				ApplicationContext context) {
			return new ArgumentCodec(json(json), entities.getIfAvailable(() -> Entities.NONE), context.getClassLoader());
		}

		@Bean
		Deliveries signalsDurableDeliveries(PublicationStore store, ArgumentCodec codec, DurableTargets targets,
				PlatformTransactionManager transactionManager, DurableProperties properties, ObjectProvider<ObjectMapper> json,
				ObjectProvider<ObservationRegistry> observations, ObjectProvider<DeliveryMetrics> metrics) {
			return new Deliveries(store, codec, targets, new TransactionTemplate(transactionManager), properties, json(json),
					observations.getIfUnique(() -> ObservationRegistry.NOOP), metrics.getIfAvailable(() -> DeliveryMetrics.NONE),
					Clock.systemUTC());
		}

		@Bean
		DurableOutbox signalsDurableOutbox(PublicationStore store, ArgumentCodec codec, DurableTargets targets,
				Deliveries deliveries, DataSource dataSource, ObjectProvider<ObjectMapper> json,
				ObjectProvider<ObservationRegistry> observations, DurableProperties properties) {
			return new DurableOutbox(store, codec, targets, deliveries, dataSource, json(json),
					observations.getIfUnique(() -> ObservationRegistry.NOOP), Clock.systemUTC(),
					properties.getResubmit().getMinAge());
		}

		@Bean
		DurablePublications signalsDurablePublications(PublicationStore store, Deliveries deliveries,
				DurableTargets targets) {
			return new DurablePublications(store, deliveries, targets, Clock.systemUTC());
		}

	}

	private static ObjectMapper json(ObjectProvider<ObjectMapper> json) {
		return json.getIfUnique(() -> JsonMapper.builder().build());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ EntityManagerFactory.class, SharedEntityManagerCreator.class })
	@ConditionalOnSingleCandidate(EntityManagerFactory.class)
	static class JpaEntitiesConfiguration {

		@Bean
		Entities signalsDurableEntities(EntityManagerFactory entityManagerFactory) {
			return new JpaEntities(entityManagerFactory);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	@ConditionalOnBean(MeterRegistry.class)
	static class MetricsConfiguration {

		@Bean
		DeliveryMetrics signalsDurableDeliveryMetrics(MeterRegistry registry) {
			return new MicrometerDeliveryMetrics(registry);
		}

	}

}
