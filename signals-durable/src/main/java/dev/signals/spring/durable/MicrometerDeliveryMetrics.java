package dev.signals.spring.durable;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Records {@code signals.durable.deliveries}, a counter of attempts by signal, receiver and
 * outcome ({@code completed}, {@code retried}, {@code failed}), and
 * {@code signals.durable.attempts}, the attempts a publication took until it completed or failed.
 * The delivery time is the {@code signals.durable.delivery} observation's timer.
 */
public final class MicrometerDeliveryMetrics implements DeliveryMetrics {

	private final MeterRegistry registry;

	public MicrometerDeliveryMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void attempted(DurableTarget target, Outcome outcome, int attempts) {
		String outcomeTag = outcome.name().toLowerCase(Locale.ROOT);
		Counter.builder("signals.durable.deliveries")
			.description("Delivery attempts of durable publications")
			.tag("signal", target.signal().name())
			.tag("receiver", target.id())
			.tag("outcome", outcomeTag)
			.register(this.registry)
			.increment();
		if (outcome != Outcome.RETRIED) {
			DistributionSummary.builder("signals.durable.attempts")
				.description("Attempts a durable publication took until it completed or failed")
				.tag("signal", target.signal().name())
				.tag("receiver", target.id())
				.tag("outcome", outcomeTag)
				.register(this.registry)
				.record(attempts);
		}
	}

}
