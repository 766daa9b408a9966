package dev.signals.spring.kafka;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.signals.Signal;
import dev.signals.SignalEvent;
import dev.signals.spring.durable.DurableOutbox;
import dev.signals.spring.durable.DurableTarget;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.SenderContext;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.kafka.core.KafkaOperations;

/**
 * Sends a signal's publications to a topic: the value is JSON with the signal's name, the sender
 * and the arguments (an entity as Jackson writes it, loaded in the delivering transaction), the
 * key comes from an argument or the sender, and the headers name the signal, the sender class and
 * the publication. The publication completes once the broker acknowledged the record.
 */
final class OutboundTarget implements DurableTarget {

	private static final Duration ACKNOWLEDGEMENT = Duration.ofSeconds(30);

	private final Signal signal;

	private final String topic;

	private final String key;

	private final KafkaOperations<String, String> kafka;

	private final DurableOutbox outbox;

	private final ObjectMapper json;

	private final ObservationRegistry observations;

	private final Map<String, Type> arguments = new LinkedHashMap<>();

	OutboundTarget(Signal signal, String topic, String key, KafkaOperations<String, String> kafka, DurableOutbox outbox,
			ObjectMapper json, ObservationRegistry observations) {
		this.signal = signal;
		this.topic = topic;
		this.key = key;
		this.kafka = kafka;
		this.outbox = outbox;
		this.json = json;
		this.observations = observations;
		signal.argumentNames().forEach((name) -> this.arguments.put(name, Object.class));
	}

	@Override
	public String id() {
		return "kafka:" + this.topic;
	}

	@Override
	public Signal signal() {
		return this.signal;
	}

	@Override
	public Map<String, Type> arguments() {
		return this.arguments;
	}

	@Override
	public boolean storesSender() {
		return true;
	}

	String topic() {
		return this.topic;
	}

	@Override
	public void deliver(SignalEvent event, UUID publicationId) throws Exception {
		ObjectNode value = this.json.createObjectNode();
		value.put("signal", this.signal.name());
		Object sender = event.sender();
		if (sender instanceof Class<?> type) {
			value.put("sender", type.getName());
		}
		else {
			value.set("sender", this.json.valueToTree(sender));
		}
		ObjectNode arguments = value.putObject("arguments");
		event.argumentMap().forEach((name, argument) -> arguments.set(name, this.json.valueToTree(argument)));
		ProducerRecord<String, String> record = new ProducerRecord<>(this.topic, key(event), value.toString());
		SignalHeaders.put(record.headers(), SignalHeaders.SIGNAL, this.signal.name());
		SignalHeaders.put(record.headers(), SignalHeaders.PUBLICATION_ID, publicationId.toString());
		if (sender instanceof Class<?> type) {
			SignalHeaders.put(record.headers(), SignalHeaders.SENDER, type.getName());
		}
		SenderContext<ProducerRecord<String, String>> context = new SenderContext<>((carrier, name, text) -> {
			if (carrier != null) {
				SignalHeaders.put(carrier.headers(), name, text);
			}
		});
		context.setCarrier(record);
		Observation.createNotStarted("signals.kafka.send", () -> context, this.observations)
			.contextualName(this.topic + " send")
			.lowCardinalityKeyValue("signal", this.signal.name())
			.lowCardinalityKeyValue("topic", this.topic)
			.observeChecked(() -> this.kafka.send(record).get(ACKNOWLEDGEMENT.toMillis(), TimeUnit.MILLISECONDS));
	}

	private @Nullable String key(SignalEvent event) {
		if (this.key.isEmpty()) {
			return null;
		}
		Object value = "sender".equals(this.key) ? event.sender() : event.get(this.key);
		return (value != null) ? this.outbox.identity(value) : null;
	}

	@Override
	public String toString() {
		return "Kafka topic '" + this.topic + "'";
	}

}
