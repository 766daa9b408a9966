package dev.signals.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import dev.signals.ReceiverCall;
import dev.signals.SignalEvent;
import dev.signals.SignalObserver;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The observers of a signal, an immutable set kept in its {@link State}. A send while there are
 * any starts an {@link Observation} that times its receivers and tells every observer at the end.
 */
final class Observers {

	private static final Logger logger = LoggerFactory.getLogger("dev.signals.Signal");

	private final SignalObserver[] observers;

	private Observers(SignalObserver[] observers) {
		this.observers = observers;
	}

	/**
	 * Adds an observer to a set.
	 * @param current the current set, or {@code null} for none
	 * @param observer the observer to add
	 * @return the new set
	 */
	static Observers with(@Nullable Observers current, SignalObserver observer) {
		SignalObserver[] existing = (current != null) ? current.observers : new SignalObserver[0];
		SignalObserver[] added = Arrays.copyOf(existing, existing.length + 1);
		added[existing.length] = observer;
		return new Observers(added);
	}

	/**
	 * Removes one occurrence of an observer (by identity) from a set.
	 * @param current the current set, or {@code null} for none
	 * @param observer the observer to remove
	 * @return the new set, {@code null} when it is empty
	 */
	static @Nullable Observers without(@Nullable Observers current, SignalObserver observer) {
		if (current == null) {
			return null;
		}
		List<SignalObserver> remaining = new ArrayList<>(Arrays.asList(current.observers));
		for (int i = 0; i < remaining.size(); i++) {
			if (remaining.get(i) == observer) {
				remaining.remove(i);
				break;
			}
		}
		return remaining.isEmpty() ? null : new Observers(remaining.toArray(SignalObserver[]::new));
	}

	/**
	 * Starts observing one send.
	 * @param receivers how many receivers it may call
	 * @return the observation, to be told of each call and ended once
	 */
	Observation start(int receivers) {
		return new Observation(receivers);
	}

	/**
	 * Tells every observer that a receiver failed after its send returned.
	 * @param event the send the receiver was called for
	 * @param receiver the receiver
	 * @param failure what it threw
	 */
	void lateFailure(SignalEvent event, Object receiver, Throwable failure) {
		for (SignalObserver observer : this.observers) {
			try {
				observer.onLateFailure(event, receiver, failure);
			}
			catch (RuntimeException ex) {
				logger.warn("Observer {} of signal '{}' failed", observer, event.signal().name(), ex);
			}
		}
	}

	/**
	 * The receivers one observed send called, each with its time. One clock reading ends a
	 * receiver's time and starts the next one's, so a send reads the clock once per receiver plus
	 * once.
	 */
	final class Observation {

		private final List<ReceiverCall> calls;

		private final long start = System.nanoTime();

		private long last = this.start;

		private Observation(int receivers) {
			this.calls = new ArrayList<>(receivers);
		}

		/**
		 * Records a receiver's call, which ended now.
		 * @param receiver the receiver
		 * @param description its description
		 * @param failure what it threw, or {@code null}
		 */
		void called(Object receiver, String description, @Nullable Throwable failure) {
			long now = System.nanoTime();
			this.calls.add(new ReceiverCall(receiver, description, now - this.last, failure));
			this.last = now;
		}

		/**
		 * Tells every observer of the send, also one a failure stopped.
		 * @param event the send
		 */
		void end(SignalEvent event) {
			List<ReceiverCall> calls = Collections.unmodifiableList(this.calls);
			for (SignalObserver observer : Observers.this.observers) {
				try {
					observer.onSend(event, calls, this.last - this.start);
				}
				catch (RuntimeException ex) {
					logger.warn("Observer {} of signal '{}' failed", observer, event.signal().name(), ex);
				}
			}
		}

	}

}
