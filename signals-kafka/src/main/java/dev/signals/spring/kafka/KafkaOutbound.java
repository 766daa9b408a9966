package dev.signals.spring.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.signals.Connect;
import dev.signals.Connection;
import dev.signals.Signal;
import dev.signals.SignalRegistry;
import dev.signals.spring.durable.DurableOutbox;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Connects each signal declared for a topic ({@link Externalized @Externalized} on its bean, or
 * {@code signals.kafka.outbound.<signal>.topic}) to the durable outbox: every send stores one
 * publication for the topic, in the sending transaction, delivered as a record after commit. A
 * declaration that cannot work fails at startup.
 */
public final class KafkaOutbound implements SmartInitializingSingleton, DisposableBean {

	private final ConfigurableListableBeanFactory beanFactory;

	private final KafkaSignalsProperties properties;

	private final @Nullable DurableOutbox outbox;

	private final StringProducers producers;

	private final ObjectMapper json;

	private final ObservationRegistry observations;

	private final List<Connection> connections = new ArrayList<>();

	private final List<OutboundTarget> targets = new ArrayList<>();

	public KafkaOutbound(ConfigurableListableBeanFactory beanFactory, KafkaSignalsProperties properties,
			@Nullable DurableOutbox outbox, StringProducers producers, ObjectMapper json,
			ObservationRegistry observations) {
		this.beanFactory = beanFactory;
		this.properties = properties;
		this.outbox = outbox;
		this.producers = producers;
		this.json = json;
		this.observations = observations;
	}

	@Override
	public void afterSingletonsInstantiated() {
		SignalRegistry registry = this.beanFactory.getBean(SignalRegistry.class);
		for (String name : this.beanFactory.getBeanNamesForType(Signal.class)) {
			Externalized externalized = this.beanFactory.findAnnotationOnBean(name, Externalized.class);
			if (externalized != null) {
				declare(this.beanFactory.getBean(name, Signal.class), externalized.topic(), externalized.key(),
						"@Externalized on bean '" + name + "'");
			}
		}
		for (Map.Entry<String, KafkaSignalsProperties.Outbound> entry : this.properties.getOutbound().entrySet()) {
			String property = "signals.kafka.outbound." + entry.getKey();
			Signal signal = SignalNames.resolve(registry, entry.getKey(), "signals.kafka.outbound");
			String topic = entry.getValue().getTopic();
			if (topic == null || topic.isBlank()) {
				throw new IllegalStateException(property + ".topic is not set; name the topic signal '" + signal.name()
						+ "' is sent to");
			}
			declare(signal, topic, entry.getValue().getKey(), property);
		}
	}

	private void declare(Signal signal, String topic, String key, String declaration) {
		DurableOutbox outbox = this.outbox;
		if (outbox == null || !this.producers.isAvailable()) {
			throw new IllegalStateException(declaration + " sends signal '" + signal.name() + "' to Kafka topic '" + topic
					+ "', which needs "
					+ ((outbox == null) ? "durable signals (a single DataSource and transaction manager, spring-jdbc)"
							: "a Kafka ProducerFactory (spring-boot-starter-kafka configures one)"));
		}
		if (!key.isEmpty() && !"sender".equals(key) && !signal.argumentNames().contains(key)) {
			throw new IllegalStateException(declaration + " takes the record key from '" + key + "', which is not an "
					+ "argument of signal '" + signal.name() + "'; use one of " + signal.argumentNames()
					+ ", sender, or no key");
		}
		OutboundTarget target = new OutboundTarget(signal, topic, key, this.producers.template(), outbox, this.json,
				this.observations);
		outbox.add(target);
		this.targets.add(target);
		this.connections.add(signal.connect((event) -> {
			outbox.store(target, event);
			return null;
		},
				Connect.anySender().dispatchUid("signals-kafka:" + topic)));
	}

	/** @return the topics signals are sent to */
	List<String> topics() {
		return this.targets.stream().map(OutboundTarget::topic).toList();
	}

	@Override
	public void destroy() {
		this.connections.forEach(Connection::disconnect);
		this.connections.clear();
	}

}
