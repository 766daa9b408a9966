package dev.signals.spring.kafka;

import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.signals.Signal;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.kafka.listener.MessageListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

/**
 * Sends each record of a topic as a local signal, in a transaction when the application has a
 * transaction manager, so that its receivers run as for a local send (durable ones store their
 * publications in it). Records of another signal on the same topic are skipped. Each argument is
 * read as the type the local receivers declare for it; the sender is the sender's class when it
 * exists here, else its name. A receiver's exception fails the record, for Spring Kafka's error
 * handler to retry and then send it to the dead letter topic. The send is a
 * {@code signals.kafka.receive} observation continuing the trace in the record's headers.
 */
final class InboundListener implements MessageListener<String, String> {

	private final Signal signal;

	private final String remoteSignal;

	private final Map<String, Type> types;

	private final ObjectMapper json;

	private final @Nullable TransactionTemplate transaction;

	private final ObservationRegistry observations;

	private final ClassLoader classLoader;

	InboundListener(Signal signal, String remoteSignal, Map<String, Type> types, ObjectMapper json,
			@Nullable TransactionTemplate transaction, ObservationRegistry observations, ClassLoader classLoader) {
		this.signal = signal;
		this.remoteSignal = remoteSignal;
		this.types = types;
		this.json = json;
		this.transaction = transaction;
		this.observations = observations;
		this.classLoader = classLoader;
	}

	@Override
	public void onMessage(ConsumerRecord<String, String> record) {
		JsonNode value = this.json.readTree(record.value());
		String name = SignalHeaders.get(record.headers(), SignalHeaders.SIGNAL);
		if (!this.remoteSignal.equals((name != null) ? name : value.path("signal").asString(""))) {
			return;
		}
		Object sender = sender(record, value.get("sender"));
		Map<String, @Nullable Object> arguments = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> argument : value.path("arguments").properties()) {
			if (this.signal.argumentNames().contains(argument.getKey())) {
				Type type = this.types.getOrDefault(argument.getKey(), Object.class);
				arguments.put(argument.getKey(), this.json.treeToValue(argument.getValue(), this.json.constructType(type)));
			}
		}
		ReceiverContext<ConsumerRecord<String, String>> context = new ReceiverContext<>(
				(carrier, key) -> (carrier != null) ? SignalHeaders.get(carrier.headers(), key) : null);
		context.setCarrier(record);
		Observation.createNotStarted("signals.kafka.receive", () -> context, this.observations)
			.contextualName(record.topic() + " receive")
			.lowCardinalityKeyValue("signal", this.signal.name())
			.lowCardinalityKeyValue("topic", record.topic())
			.observe(() -> send(sender, arguments));
	}

	private void send(@Nullable Object sender, Map<String, @Nullable Object> arguments) {
		if (this.transaction != null) {
			this.transaction.executeWithoutResult((status) -> this.signal.send(sender, this.signal.arguments(arguments)));
		}
		else {
			this.signal.send(sender, this.signal.arguments(arguments));
		}
	}

	private @Nullable Object sender(ConsumerRecord<String, String> record, @Nullable JsonNode sender) {
		String type = SignalHeaders.get(record.headers(), SignalHeaders.SENDER);
		if (type != null) {
			return ClassUtils.isPresent(type, this.classLoader) ? ClassUtils.resolveClassName(type, this.classLoader) : type;
		}
		return (sender != null && !sender.isNull()) ? this.json.treeToValue(sender, Object.class) : null;
	}

}
