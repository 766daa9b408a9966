package dev.signals.autoconfigure.jpa;

import jakarta.persistence.EntityManagerFactory;

import dev.signals.SignalRegistry;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.spring.jpa.FlushBeforeCommit;
import dev.signals.spring.jpa.JpaSignalsProperties;
import dev.signals.spring.jpa.ModelSignalSenders;
import dev.signals.spring.jpa.ModelSignalsBeanPostProcessor;
import dev.signals.spring.jpa.Relation;
import dev.signals.spring.jpa.RelationFilters;
import org.hibernate.engine.spi.SessionFactoryImplementor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;

/**
 * Auto-configuration of the model signals sent from Hibernate: applies when Hibernate and an
 * {@link EntityManagerFactory} are present, unless {@code signals.jpa.enabled=false}.
 */
@AutoConfiguration(after = { HibernateJpaAutoConfiguration.class, SignalsAutoConfiguration.class })
@ConditionalOnClass({ EntityManagerFactory.class, SessionFactoryImplementor.class, EntityManagerFactoryInfo.class })
@ConditionalOnBean({ EntityManagerFactory.class, SignalRegistry.class })
@ConditionalOnBooleanProperty(name = "signals.jpa.enabled", matchIfMissing = true)
@EnableConfigurationProperties(JpaSignalsProperties.class)
public final class JpaSignalsAutoConfiguration {

	@Bean
	static ModelSignalsBeanPostProcessor modelSignalsBeanPostProcessor(ObjectProvider<SignalRegistry> registry,
			ObjectProvider<JpaSignalsProperties> properties) {
		return new ModelSignalsBeanPostProcessor(registry, properties);
	}

	@Bean
	FlushBeforeCommit modelSignalsFlushBeforeCommit(ModelSignalsBeanPostProcessor postProcessor) {
		return new FlushBeforeCommit(postProcessor);
	}

	/** Resolves {@code @Relation} on receivers of {@code m2m_changed} and filters their calls. */
	@Bean
	RelationFilters modelRelationFilters(ModelSignalsBeanPostProcessor postProcessor) {
		return new RelationFilters(postProcessor);
	}

	/** The entity classes, the senders of the model signals, for the startup checks of receivers. */
	@Bean
	ModelSignalSenders modelSignalSenders(ObjectProvider<EntityManagerFactory> entityManagerFactories) {
		return new ModelSignalSenders(entityManagerFactories);
	}

}
