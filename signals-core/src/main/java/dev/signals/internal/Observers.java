package dev.signals.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionStage;

import dev.signals.ReceiverCall;
import dev.signals.Response;
import dev.signals.SignalEvent;
import dev.signals.SignalObserver;
import dev.signals.SignalReceiver;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The observers of a signal, an immutable set kept in its {@link State}, and the send loop used
 * while there are any: it times each receiver and the whole send and tells every observer.
 */
public final class Observers {

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
	public static Observers with(@Nullable Observers current, SignalObserver observer) {
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
	public static @Nullable Observers without(@Nullable Observers current, SignalObserver observer) {
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
	 * Calls every live receiver of the route as an unobserved send does, timing each, and then
	 * tells the observers, also when a failure stops the send. One clock reading ends a
	 * receiver's time and starts the next one's, so a send reads the clock once per receiver
	 * plus once.
	 * @param route the receivers
	 * @param event the event they get
	 * @param robust catch and record {@link Exception}s instead of stopping at the first one
	 * @param await wait for a {@link CompletionStage} a receiver returns, as part of its call
	 * @return the responses in connection order
	 */
	public List<Response> call(Route route, SignalEvent event, boolean robust, boolean await) {
		Entry[] entries = route.entries;
		Response[] responses = new Response[entries.length];
		int count = 0;
		List<ReceiverCall> calls = new ArrayList<>(entries.length);
		long start = System.nanoTime();
		long last = start;
		try {
			for (Entry entry : entries) {
				SignalReceiver receiver = entry.receiver();
				if (receiver == null) {
					continue;
				}
				Object value = null;
				Throwable failure = null;
				try {
					value = receiver.receive(event);
					if (await && value instanceof CompletionStage<?> stage) {
						value = Dispatch.await(stage);
					}
				}
				catch (Exception | Error ex) {
					failure = ex;
				}
				long now = System.nanoTime();
				calls.add(new ReceiverCall(receiver, entry.description(), now - last, failure));
				last = now;
				responses[count++] = response(entry, receiver, value, failure, event, robust);
			}
		}
		finally {
			tell(event, Collections.unmodifiableList(calls), last - start);
		}
		return Collections.unmodifiableList(Arrays.asList((count == responses.length) ? responses
				: Arrays.copyOf(responses, count)));
	}

	private static Response response(Entry entry, SignalReceiver receiver, @Nullable Object value,
			@Nullable Throwable failure, SignalEvent event, boolean robust) {
		if (failure == null) {
			return (value == null) ? Dispatch.nullResponse(entry, receiver) : new Response(receiver, value, null);
		}
		if (failure instanceof Error error) {
			throw error;
		}
		return Dispatch.failed(event, entry.description(), receiver, failure, robust);
	}

	private void tell(SignalEvent event, List<ReceiverCall> calls, long nanos) {
		for (SignalObserver observer : this.observers) {
			try {
				observer.onSend(event, calls, nanos);
			}
			catch (RuntimeException ex) {
				logger.warn("Observer {} of signal '{}' failed", observer, event.signal().name(), ex);
			}
		}
	}

	/**
	 * Tells every observer that a receiver failed after its send returned.
	 * @param event the send the receiver was called for
	 * @param receiver the receiver
	 * @param failure what it threw
	 */
	public void lateFailure(SignalEvent event, Object receiver, Throwable failure) {
		for (SignalObserver observer : this.observers) {
			try {
				observer.onLateFailure(event, receiver, failure);
			}
			catch (RuntimeException ex) {
				logger.warn("Observer {} of signal '{}' failed", observer, event.signal().name(), ex);
			}
		}
	}

}
