package dev.signals.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

import dev.signals.Response;
import dev.signals.SignalEvent;
import dev.signals.SignalReceiver;
import org.jspecify.annotations.Nullable;

/**
 * The send loop: calls the live receivers of a route one at a time, in connection order, and
 * collects their responses, for every {@link SendKind} and whether or not the send is observed.
 */
final class Dispatch {

	private Dispatch() {
	}

	/**
	 * Calls every live receiver of a route. On a route of strongly held receivers and no
	 * observers, the receivers are first called directly until one answers a value or fails,
	 * keeping nothing but the position: when none does, the route's prepared responses are the
	 * result; else {@link #loop} goes on from there.
	 * @param route the receivers
	 * @param event the event they get
	 * @param kind what a failure does and when returned stages are awaited
	 * @return the responses in connection order
	 */
	static List<Response> call(Route route, SignalEvent event, SendKind kind) {
		SignalReceiver[] direct = route.direct;
		if (direct == null) {
			return loop(route, event, kind, 0, null);
		}
		int i = 0;
		Object value;
		try {
			if (direct.length == 1) {
				// most routes have one receiver: no loop at all
				value = direct[0].receive(event);
			}
			else {
				value = null;
				while (i < direct.length && (value = direct[i].receive(event)) == null) {
					i++;
				}
			}
		}
		catch (Throwable ex) {
			return resume(route, event, kind, i, direct[i], null, ex);
		}
		return (value == null) ? route.quietResponses : resume(route, event, kind, i, direct[i], value, null);
	}

	/** Goes on from the first receiver called directly that answered a value or failed. */
	private static List<Response> resume(Route route, SignalEvent event, SendKind kind, int first,
			SignalReceiver receiver, @Nullable Object value, @Nullable Throwable failure) {
		return loop(route, event, kind, first, settle(route.entries[first], receiver, value, failure, event, kind,
				null));
	}

	/**
	 * The send loop: calls the live receivers of a route from a position on. Until a response
	 * is not the receiver's prepared one, it keeps no result of its own.
	 * @param from the first position to record
	 * @param first the response at that position when the receiver was called already, else {@code null}
	 */
	private static List<Response> loop(Route route, SignalEvent event, SendKind kind, int from,
			@Nullable Response first) {
		Entry[] entries = route.entries;
		Observers observers = route.observers;
		Observers.@Nullable Observation observation = (observers != null) ? observers.start(entries.length) : null;
		@Nullable Response[] out = null;
		int count = 0;
		int start = from;
		if (first != null) {
			out = Arrays.copyOf(route.quiet, entries.length);
			out[from] = first;
			count = from + 1;
			start = from + 1;
		}
		try {
			for (int i = start; i < entries.length; i++) {
				Entry entry = entries[i];
				SignalReceiver receiver = entry.receiver();
				Response response = (receiver != null) ? call(entry, receiver, event, kind, observation) : null;
				if (out == null) {
					if (response != null && response == route.quiet[i]) {
						continue;
					}
					// the first response that was not prepared: the ones before it were
					out = Arrays.copyOf(route.quiet, entries.length);
					count = i;
				}
				if (response != null) {
					out[count++] = response;
				}
			}
		}
		finally {
			if (observation != null) {
				observation.end(event);
			}
		}
		return (out == null) ? route.quietResponses
				: Collections.unmodifiableList(Arrays.asList((count == out.length) ? out : Arrays.copyOf(out, count)));
	}

	/**
	 * Calls one receiver.
	 * @return its response, the prepared one when it answered {@code null}
	 */
	private static Response call(Entry entry, SignalReceiver receiver, SignalEvent event, SendKind kind,
			Observers.@Nullable Observation observation) {
		Object value;
		try {
			value = receiver.receive(event);
		}
		catch (Throwable ex) {
			return settle(entry, receiver, null, ex, event, kind, observation);
		}
		return settle(entry, receiver, value, null, event, kind, observation);
	}

	/**
	 * What a receiver's call comes to: a stage it returned is awaited first when the kind awaits in
	 * turn, the call is told to the observation, and a failure becomes what the kind makes of it.
	 * @return the response, the prepared one when the receiver answered {@code null}
	 */
	private static Response settle(Entry entry, SignalReceiver receiver, @Nullable Object value,
			@Nullable Throwable thrown, SignalEvent event, SendKind kind, Observers.@Nullable Observation observation) {
		Object result = value;
		Throwable failure = thrown;
		if (failure == null && value instanceof CompletionStage<?> stage && kind.awaitsInTurn()) {
			try {
				result = await(stage);
			}
			catch (Throwable ex) {
				failure = ex;
			}
		}
		if (observation != null) {
			observation.called(receiver, entry.description(), failure);
		}
		if (failure == null) {
			return (result != null) ? new Response(receiver, result, null) : entry.nullResponse(receiver);
		}
		if (failure instanceof Error error) {
			throw error;
		}
		return kind.failed(event, entry.description(), receiver, failure);
	}

	/**
	 * Waits, without a time limit, for a stage a receiver returned in a synchronous send.
	 * @param stage the stage
	 * @return its result
	 * @throws Exception the exception it completed with, or {@link InterruptedException} (with the
	 * thread's interrupt flag set again) when the waiting thread was interrupted
	 */
	private static @Nullable Object await(CompletionStage<?> stage) throws Exception {
		CompletableFuture<Object> done = new CompletableFuture<>();
		stage.whenComplete((result, failure) -> {
			if (failure != null) {
				done.completeExceptionally(failure);
			}
			else {
				done.complete(result);
			}
		});
		try {
			return done.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw ex;
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof Error error) {
				throw error;
			}
			throw (cause instanceof Exception exception) ? exception : ex;
		}
	}

}
