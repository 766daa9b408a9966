package dev.signals.spring.durable;

/**
 * Counts the outcomes of deliveries.
 */
public interface DeliveryMetrics {

	/** Counts nothing. */
	DeliveryMetrics NONE = (target, outcome, attempts) -> {
	};

	/**
	 * Records the outcome of one attempt.
	 * @param target the target delivered to
	 * @param outcome what happened
	 * @param attempts the attempts made so far, this one included
	 */
	void attempted(DurableTarget target, Outcome outcome, int attempts);

	/** What an attempt ended with. */
	enum Outcome {

		/** Delivered and completed. */
		COMPLETED,

		/** Failed; it is tried again later. */
		RETRIED,

		/** Failed for good. */
		FAILED

	}

}
