package dev.signals.autoconfigure.actuate;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import dev.signals.ReceiverCall;
import dev.signals.Signal;
import dev.signals.SignalEvent;
import dev.signals.SignalObserver;
import dev.signals.SignalRegistry;

/**
 * Counts, per signal of a registry, the sends that called at least one receiver and the
 * receiver failures, deferred and asynchronous ones included, since the observer was installed.
 */
public final class SignalStatistics implements SignalObserver, AutoCloseable {

	private final Map<Signal, Counts> counts = new ConcurrentHashMap<>();

	private final Signal.Observing observing;

	/**
	 * Starts counting the sends of every signal of the registry, later ones included.
	 * @param registry the signals
	 */
	public SignalStatistics(SignalRegistry registry) {
		this.observing = registry.addObserver(this);
	}

	@Override
	public void onSend(SignalEvent event, List<ReceiverCall> calls, long nanos) {
		Counts counts = counts(event.signal());
		counts.sends.increment();
		for (int i = 0; i < calls.size(); i++) {
			if (calls.get(i).failed()) {
				counts.failures.increment();
			}
		}
	}

	@Override
	public void onLateFailure(SignalEvent event, Object receiver, Throwable failure) {
		counts(event.signal()).failures.increment();
	}

	private Counts counts(Signal signal) {
		return this.counts.computeIfAbsent(signal, (key) -> new Counts());
	}

	/**
	 * @param signal the signal
	 * @return how many of its sends called at least one receiver
	 */
	public long sends(Signal signal) {
		Counts counts = this.counts.get(signal);
		return (counts != null) ? counts.sends.sum() : 0;
	}

	/**
	 * @param signal the signal
	 * @return how many times one of its receivers threw
	 */
	public long failures(Signal signal) {
		Counts counts = this.counts.get(signal);
		return (counts != null) ? counts.failures.sum() : 0;
	}

	/** Stops counting. */
	@Override
	public void close() {
		this.observing.close();
	}

	private static final class Counts {

		final LongAdder sends = new LongAdder();

		final LongAdder failures = new LongAdder();

	}

}
