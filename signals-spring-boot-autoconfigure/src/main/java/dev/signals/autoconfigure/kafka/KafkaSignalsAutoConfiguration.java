package dev.signals.autoconfigure.kafka;

import dev.signals.SignalRegistry;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.autoconfigure.durable.DurableAutoConfiguration;
import dev.signals.spring.durable.DurableOutbox;
import dev.signals.spring.kafka.KafkaInbound;
import dev.signals.spring.kafka.KafkaOutbound;
import dev.signals.spring.kafka.KafkaSignalsProperties;
import dev.signals.spring.kafka.StringProducers;
import io.micrometer.observation.ObservationRegistry;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Auto-configuration of signals on Kafka, when spring-kafka and Jackson are present: signals
 * declared for a topic are sent there from the durable outbox, and topics declared to feed a
 * signal are consumed into it. Applications without spring-kafka start without it.
 */
@AutoConfiguration(after = { SignalsAutoConfiguration.class, DurableAutoConfiguration.class },
		afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnClass({ KafkaTemplate.class, ObjectMapper.class })
@ConditionalOnBean(SignalRegistry.class)
@ConditionalOnBooleanProperty(name = "signals.kafka.enabled", matchIfMissing = true)
@EnableConfigurationProperties(KafkaSignalsProperties.class)
public final class KafkaSignalsAutoConfiguration {

	@Bean
	StringProducers signalsKafkaProducers(ObjectProvider<ProducerFactory<?, ?>> producerFactory) {
		return new StringProducers(producerFactory.getIfUnique());
	}

	@Bean
	KafkaOutbound signalsKafkaOutbound(ConfigurableListableBeanFactory beanFactory, KafkaSignalsProperties properties,
			ObjectProvider<DurableOutbox> outbox, StringProducers producers, ObjectProvider<ObjectMapper> json,
			ObjectProvider<ObservationRegistry> observations) {
		return new KafkaOutbound(beanFactory, properties, outbox.getIfUnique(), producers, json(json),
				observations.getIfUnique(() -> ObservationRegistry.NOOP));
	}

	@Bean
	KafkaInbound signalsKafkaInbound(SignalRegistry registry, KafkaSignalsProperties properties,
			ObjectProvider<ConsumerFactory<?, ?>> consumerFactory, StringProducers producers,
			ObjectProvider<ObjectMapper> json, ObjectProvider<PlatformTransactionManager> transactionManager,
			ObjectProvider<ObservationRegistry> observations, ApplicationContext context) {
		PlatformTransactionManager transactions = transactionManager.getIfUnique();
		return new KafkaInbound(registry, properties, consumerFactory.getIfUnique(), producers,
				json(json), (transactions != null) ? new TransactionTemplate(transactions) : null,
				observations.getIfUnique(() -> ObservationRegistry.NOOP), context.getClassLoader());
	}

	private static ObjectMapper json(ObjectProvider<ObjectMapper> json) {
		return json.getIfUnique(() -> JsonMapper.builder().build());
	}

}
