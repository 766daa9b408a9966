package dev.signals.spring.kafka;

import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.signals.ReceiverInfo;
import dev.signals.Signal;
import dev.signals.SignalRegistry;
import dev.signals.spring.ReceiverMethod;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.ResolvableType;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Runs one listener container per topic that feeds a signal ({@code signals.kafka.inbound.<signal>.topic}),
 * with the application's consumer settings, string keys and values, the configured consumer group,
 * and Spring Kafka's {@link DefaultErrorHandler}: a record whose receivers keep failing is retried,
 * then published to the dead letter topic. A group without a committed offset starts at the
 * earliest record unless {@code spring.kafka.consumer.auto-offset-reset} says otherwise.
 */
public final class KafkaInbound implements SmartLifecycle {

	private final SignalRegistry registry;

	private final KafkaSignalsProperties properties;

	private final @Nullable ConsumerFactory<?, ?> consumerFactory;

	private final StringProducers producers;

	private final ObjectMapper json;

	private final @Nullable TransactionTemplate transaction;

	private final ObservationRegistry observations;

	private final ClassLoader classLoader;

	private final List<ConcurrentMessageListenerContainer<String, String>> containers = new ArrayList<>();

	private volatile boolean running;

	public KafkaInbound(SignalRegistry registry, KafkaSignalsProperties properties, @Nullable ConsumerFactory<?, ?> consumerFactory,
			StringProducers producers, ObjectMapper json, @Nullable TransactionTemplate transaction,
			ObservationRegistry observations, ClassLoader classLoader) {
		this.registry = registry;
		this.properties = properties;
		this.consumerFactory = consumerFactory;
		this.producers = producers;
		this.json = json;
		this.transaction = transaction;
		this.observations = observations;
		this.classLoader = classLoader;
	}

	@Override
	public synchronized void start() {
		if (this.containers.isEmpty()) {
			this.properties.getInbound().forEach(this::create);
		}
		this.containers.forEach(ConcurrentMessageListenerContainer::start);
		this.running = true;
	}

	private void create(String key, KafkaSignalsProperties.Inbound inbound) {
		String property = "signals.kafka.inbound." + key;
		Signal signal = SignalNames.resolve(this.registry, key, "signals.kafka.inbound");
		String topic = inbound.getTopic();
		if (topic == null || topic.isBlank()) {
			throw new IllegalStateException(property + ".topic is not set; name the topic that feeds signal '"
					+ signal.name() + "'");
		}
		ConsumerFactory<?, ?> consumerFactory = this.consumerFactory;
		if (consumerFactory == null || !this.producers.isAvailable()) {
			throw new IllegalStateException(property + " feeds signal '" + signal.name() + "' from Kafka topic '" + topic
					+ "', which needs Kafka's ConsumerFactory and ProducerFactory (spring-boot-starter-kafka configures them)");
		}
		Map<String, Object> consumerSettings = new HashMap<>(consumerFactory.getConfigurationProperties());
		consumerSettings.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		String groupId = (inbound.getGroupId() != null) ? inbound.getGroupId()
				: (consumerSettings.get(ConsumerConfig.GROUP_ID_CONFIG) instanceof String group) ? group
						: "signals." + signal.name();
		ContainerProperties container = new ContainerProperties(topic);
		container.setGroupId(groupId);
		container.setMessageListener(new InboundListener(signal,
				(inbound.getRemoteSignal() != null) ? inbound.getRemoteSignal() : signal.name(), types(signal), this.json,
				this.transaction, this.observations, this.classLoader));
		ConcurrentMessageListenerContainer<String, String> listeners = new ConcurrentMessageListenerContainer<>(
				new DefaultKafkaConsumerFactory<>(consumerSettings, new StringDeserializer(), new StringDeserializer()),
				container);
		listeners.setConcurrency(inbound.getConcurrency());
		listeners.setBeanName("signalsKafkaInbound." + signal.name());
		String deadLetterTopic = (inbound.getDeadLetterTopic() != null) ? inbound.getDeadLetterTopic() : topic + "-dlt";
		listeners.setCommonErrorHandler(new DefaultErrorHandler(
				new DeadLetterPublishingRecoverer(this.producers.template(),
						(record, failure) -> new TopicPartition(deadLetterTopic, -1)),
				new FixedBackOff(inbound.getBackoff().toMillis(), Math.max(0, inbound.getAttempts() - 1))));
		this.containers.add(listeners);
	}

	/**
	 * The type each argument is read as: the most specific type a connected {@code @Receiver}
	 * method declares for it; two receivers that declare unrelated types fail at startup.
	 */
	private static Map<String, Type> types(Signal signal) {
		Map<String, Type> types = new LinkedHashMap<>();
		Map<String, ReceiverMethod> declaredBy = new HashMap<>();
		for (ReceiverInfo info : signal.receivers()) {
			if (!(info.receiver() instanceof ReceiverMethod receiver)) {
				continue;
			}
			for (Parameter parameter : receiver.getMethod().getParameters()) {
				String name = parameter.getName();
				if (!signal.argumentNames().contains(name)) {
					continue;
				}
				Type type = parameter.getParameterizedType();
				Type known = types.get(name);
				if (known == null || ResolvableType.forType(known).isAssignableFrom(ResolvableType.forType(type))) {
					types.put(name, type);
					declaredBy.put(name, receiver);
				}
				else if (!ResolvableType.forType(type).isAssignableFrom(ResolvableType.forType(known))) {
					throw new IllegalStateException("Signal '" + signal.name() + "' is fed from Kafka, but its receivers "
							+ declaredBy.get(name) + " and " + receiver + " take argument '" + name + "' as unrelated types "
							+ known.getTypeName() + " and " + type.getTypeName()
							+ ", so a record cannot be read as both; let them declare the same type");
				}
			}
		}
		return types;
	}

	@Override
	public synchronized void stop() {
		this.containers.forEach(ConcurrentMessageListenerContainer::stop);
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
