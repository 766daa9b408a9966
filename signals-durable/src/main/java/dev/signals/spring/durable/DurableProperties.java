package dev.signals.spring.durable;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.sql.init.DatabaseInitializationMode;

/**
 * Settings of durable signals: the delivery workers, retries, resubmission and the schema.
 */
@ConfigurationProperties("signals.durable")
public class DurableProperties {

	/** Whether to store and deliver the calls of durable receivers (@Receiver(durable = true)). */
	private boolean enabled = true;

	/** Number of delivery workers; each holds at most one database connection while it delivers. */
	private int workers = 4;

	/**
	 * Most publications a worker delivers in one transaction; when one of them fails, they are
	 * delivered again one per transaction.
	 */
	private int batchSize = 16;

	/**
	 * Publications waiting for a worker in memory; beyond it they stay in the table and are
	 * delivered by the next resubmission.
	 */
	private int queueCapacity = 10_000;

	/**
	 * How long completed publications are kept before they are deleted; 0 deletes them at
	 * completion.
	 */
	private Duration completedRetention = Duration.ZERO;

	/** When to create the publication table: embedded (H2 and other in-memory databases), always or never. */
	private DatabaseInitializationMode initializeSchema = DatabaseInitializationMode.EMBEDDED;

	private final Retry retry = new Retry();

	private final Resubmit resubmit = new Resubmit();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getWorkers() {
		return this.workers;
	}

	public void setWorkers(int workers) {
		this.workers = workers;
	}

	public int getBatchSize() {
		return this.batchSize;
	}

	public void setBatchSize(int batchSize) {
		this.batchSize = batchSize;
	}

	public int getQueueCapacity() {
		return this.queueCapacity;
	}

	public void setQueueCapacity(int queueCapacity) {
		this.queueCapacity = queueCapacity;
	}

	public Duration getCompletedRetention() {
		return this.completedRetention;
	}

	public void setCompletedRetention(Duration completedRetention) {
		this.completedRetention = completedRetention;
	}

	public DatabaseInitializationMode getInitializeSchema() {
		return this.initializeSchema;
	}

	public void setInitializeSchema(DatabaseInitializationMode initializeSchema) {
		this.initializeSchema = initializeSchema;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public Resubmit getResubmit() {
		return this.resubmit;
	}

	/** How a failed delivery is retried. */
	public static class Retry {

		/** Deliveries of one publication, the first included, before it is marked failed. */
		private int maxAttempts = 5;

		/** Delay before the second attempt. */
		private Duration initialDelay = Duration.ofSeconds(1);

		/** Factor by which each further delay grows. */
		private double multiplier = 2.0;

		/** Longest delay between two attempts. */
		private Duration maxDelay = Duration.ofMinutes(10);

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialDelay() {
			return this.initialDelay;
		}

		public void setInitialDelay(Duration initialDelay) {
			this.initialDelay = initialDelay;
		}

		public double getMultiplier() {
			return this.multiplier;
		}

		public void setMultiplier(double multiplier) {
			this.multiplier = multiplier;
		}

		public Duration getMaxDelay() {
			return this.maxDelay;
		}

		public void setMaxDelay(Duration maxDelay) {
			this.maxDelay = maxDelay;
		}

		/**
		 * The delay before the next attempt.
		 * @param attempts the attempts made so far, at least one
		 * @return the delay
		 */
		Duration delayAfter(int attempts) {
			double millis = this.initialDelay.toMillis() * Math.pow(this.multiplier, Math.max(0, attempts - 1));
			return (millis >= this.maxDelay.toMillis()) ? this.maxDelay : Duration.ofMillis((long) millis);
		}

	}

	/** How incomplete publications, of this instance or of one that stopped, are delivered again. */
	public static class Resubmit {

		/** Whether to deliver incomplete publications once at startup. */
		private boolean onStartup = true;

		/** How often to look for incomplete publications that are due. */
		private Duration interval = Duration.ofSeconds(30);

		/**
		 * How old an incomplete publication that was never attempted must be before a resubmission
		 * delivers it, leaving the instance that stored it time to deliver it first.
		 */
		private Duration minAge = Duration.ofMinutes(1);

		/** Most publications one resubmission hands to the workers. */
		private int batchSize = 500;

		public boolean isOnStartup() {
			return this.onStartup;
		}

		public void setOnStartup(boolean onStartup) {
			this.onStartup = onStartup;
		}

		public Duration getInterval() {
			return this.interval;
		}

		public void setInterval(Duration interval) {
			this.interval = interval;
		}

		public Duration getMinAge() {
			return this.minAge;
		}

		public void setMinAge(Duration minAge) {
			this.minAge = minAge;
		}

		public int getBatchSize() {
			return this.batchSize;
		}

		public void setBatchSize(int batchSize) {
			this.batchSize = batchSize;
		}

	}

}
