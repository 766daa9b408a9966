package dev.signals.spring.kafka;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of signals on Kafka: which signals are sent to topics, and which topics feed signals.
 * Map keys are signal names, matched ignoring case and every character other than letters and
 * digits (which Spring Boot may drop from an unbracketed map key): {@code order_shipped},
 * {@code [order_shipped]} and {@code ordershipped} all name the signal {@code order_shipped}.
 */
@ConfigurationProperties("signals.kafka")
public class KafkaSignalsProperties {

	/** Whether to send signals to Kafka and feed signals from Kafka when spring-kafka is present. */
	private boolean enabled = true;

	/** Signals sent to a topic from the durable outbox, by signal name. */
	private final Map<String, Outbound> outbound = new LinkedHashMap<>();

	/** Topics whose records are sent as a local signal, by signal name. */
	private final Map<String, Inbound> inbound = new LinkedHashMap<>();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Map<String, Outbound> getOutbound() {
		return this.outbound;
	}

	public Map<String, Inbound> getInbound() {
		return this.inbound;
	}

	/** One signal sent to a topic. */
	public static class Outbound {

		/** The topic. */
		private @Nullable String topic;

		/** Where the record key comes from: an argument's name, sender, or nothing for no key. */
		private String key = "";

		public @Nullable String getTopic() {
			return this.topic;
		}

		public void setTopic(@Nullable String topic) {
			this.topic = topic;
		}

		public String getKey() {
			return this.key;
		}

		public void setKey(String key) {
			this.key = key;
		}

	}

	/** One topic feeding a local signal. */
	public static class Inbound {

		/** The topic. */
		private @Nullable String topic;

		/** The consumer group; by default spring.kafka.consumer.group-id, else signals.<signal>. */
		private @Nullable String groupId;

		/** The name of the signal in the records (their signals-signal header); by default the local name. */
		private @Nullable String remoteSignal;

		/** Where records whose receivers keep failing go; by default the topic followed by -dlt. */
		private @Nullable String deadLetterTopic;

		/** Deliveries of one record to the receivers, the first included, before it goes to the dead letter topic. */
		private int attempts = 3;

		/** Delay between two deliveries of a record. */
		private Duration backoff = Duration.ofSeconds(1);

		/** Number of consumer threads. */
		private int concurrency = 1;

		public @Nullable String getTopic() {
			return this.topic;
		}

		public void setTopic(@Nullable String topic) {
			this.topic = topic;
		}

		public @Nullable String getGroupId() {
			return this.groupId;
		}

		public void setGroupId(@Nullable String groupId) {
			this.groupId = groupId;
		}

		public @Nullable String getRemoteSignal() {
			return this.remoteSignal;
		}

		public void setRemoteSignal(@Nullable String remoteSignal) {
			this.remoteSignal = remoteSignal;
		}

		public @Nullable String getDeadLetterTopic() {
			return this.deadLetterTopic;
		}

		public void setDeadLetterTopic(@Nullable String deadLetterTopic) {
			this.deadLetterTopic = deadLetterTopic;
		}

		public int getAttempts() {
			return this.attempts;
		}

		public void setAttempts(int attempts) {
			this.attempts = attempts;
		}

		public Duration getBackoff() {
			return this.backoff;
		}

		public void setBackoff(Duration backoff) {
			this.backoff = backoff;
		}

		public int getConcurrency() {
			return this.concurrency;
		}

		public void setConcurrency(int concurrency) {
			this.concurrency = concurrency;
		}

	}

}
