package dev.signals.autoconfigure.metrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import dev.signals.ReceiverCall;
import dev.signals.Signal;
import dev.signals.SignalEvent;
import dev.signals.SignalObserver;
import dev.signals.SignalRegistry;
import dev.signals.spring.ReceiverMethod;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Records the sends of every signal of a registry as Micrometer meters: a {@value #SEND} timer
 * tagged {@code signal}, and a {@value #FAILURES} counter tagged {@code signal} and
 * {@code receiver}. The receiver tag is the {@code Class#method} of a {@code @Receiver} method and
 * {@value #PROGRAMMATIC} for receivers connected in code, so the tag set stays bounded.
 */
public final class SignalMetrics implements SignalObserver, AutoCloseable {

	/** The timer of sends that call at least one receiver. */
	public static final String SEND = "signals.send";

	/** The counter of receiver failures, deferred and asynchronous ones included. */
	public static final String FAILURES = "signals.receiver.failures";

	/** The receiver tag of every receiver that is not a {@code @Receiver} method. */
	public static final String PROGRAMMATIC = "programmatic";

	private final MeterRegistry meters;

	private final Map<Signal, Timer> timers = new ConcurrentHashMap<>();

	private final Signal.Observing observing;

	/**
	 * Creates the meters of the registry's signals and observes them, later ones included.
	 * @param registry the signals
	 * @param meters where the meters are registered
	 */
	public SignalMetrics(SignalRegistry registry, MeterRegistry meters) {
		this.meters = meters;
		registry.signals().forEach(this::timer);
		this.observing = registry.addObserver(this);
	}

	@Override
	public void onSend(SignalEvent event, List<ReceiverCall> calls, long nanos) {
		timer(event.signal()).record(nanos, TimeUnit.NANOSECONDS);
		for (int i = 0; i < calls.size(); i++) {
			ReceiverCall call = calls.get(i);
			if (call.failed()) {
				failures(event.signal(), call.receiver()).increment();
			}
		}
	}

	@Override
	public void onLateFailure(SignalEvent event, Object receiver, Throwable failure) {
		failures(event.signal(), receiver).increment();
	}

	private Timer timer(Signal signal) {
		return this.timers.computeIfAbsent(signal, (key) -> Timer.builder(SEND)
			.description("Sends of a signal that called at least one receiver")
			.tag("signal", key.name())
			.register(this.meters));
	}

	private Counter failures(Signal signal, Object receiver) {
		return Counter.builder(FAILURES)
			.description("Receivers of a signal that threw, during the send or after it")
			.tag("signal", signal.name())
			.tag("receiver", (receiver instanceof ReceiverMethod method) ? method.toString() : PROGRAMMATIC)
			.register(this.meters);
	}

	/** Stops recording. */
	@Override
	public void close() {
		this.observing.close();
	}

}
