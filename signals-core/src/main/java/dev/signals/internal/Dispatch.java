package dev.signals.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

import dev.signals.Response;
import dev.signals.SignalEvent;
import dev.signals.SignalException;
import dev.signals.SignalReceiver;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the receivers of a route one at a time, in connection order, and collects their
 * responses. When every receiver answers {@code null} it returns the route's prepared responses
 * and allocates nothing.
 */
public final class Dispatch {

	private static final Logger logger = LoggerFactory.getLogger("dev.signals.Signal");

	private Dispatch() {
	}

	/**
	 * Calls receivers that are all strongly held. Until one answers a value or fails, the loop
	 * holds nothing but its index and the last answer, and if none does, the route's prepared
	 * responses are the result; from there on {@link #collect} takes over.
	 */
	static List<Response> callStrong(Route route, SignalReceiver[] receivers, SignalEvent event, boolean robust,
			boolean await) {
		int i = 0;
		Object value;
		try {
			if (receivers.length == 1) {
				// most routes have one receiver: no loop at all
				value = receivers[0].receive(event);
			}
			else {
				value = null;
				while (i < receivers.length && (value = receivers[i].receive(event)) == null) {
					i++;
				}
			}
		}
		catch (Exception ex) {
			return collect(route, receivers, event, robust, await, i, null, ex);
		}
		return (value == null) ? route.nullResponses : collect(route, receivers, event, robust, await, i, value, null);
	}

	/**
	 * Goes on from the first receiver that answered a value or failed: records its response, then
	 * calls the receivers after it, recording theirs.
	 */
	private static List<Response> collect(Route route, SignalReceiver[] receivers, SignalEvent event, boolean robust,
			boolean await, int first, @Nullable Object value, @Nullable Exception failure) {
		Response[] out = route.nullResponses.toArray(new Response[0]);
		String description = route.entries[first].description();
		Response response = (failure != null) ? failed(event, description, receivers[first], failure, robust)
				: answered(receivers[first], description, value, event, robust, await);
		if (response != null) {
			out[first] = response;
		}
		for (int i = first + 1; i < receivers.length; i++) {
			response = call(receivers[i], route.entries[i].description(), event, robust, await);
			if (response != null) {
				out[i] = response;
			}
		}
		return Collections.unmodifiableList(Arrays.asList(out));
	}

	/** Calls the live receivers of a route that holds some weakly, in connection order. */
	static List<Response> callEntries(Route route, SignalEvent event, boolean robust, boolean await) {
		Entry[] entries = route.entries;
		Response[] out = new Response[entries.length];
		int count = 0;
		for (Entry entry : entries) {
			SignalReceiver receiver = entry.receiver();
			if (receiver != null) {
				Response response = call(receiver, entry.description(), event, robust, await);
				out[count++] = (response != null) ? response : nullResponse(entry, receiver);
			}
		}
		return Collections.unmodifiableList(Arrays.asList((count == out.length) ? out : Arrays.copyOf(out, count)));
	}

	/**
	 * The response of a receiver that answered {@code null}.
	 * @param entry the receiver's entry
	 * @param receiver the live receiver
	 * @return the entry's prepared response, or a new one for a weakly held receiver
	 */
	static Response nullResponse(Entry entry, SignalReceiver receiver) {
		Response prepared = entry.nullResponse();
		return (prepared != null) ? prepared : new Response(receiver, null, null);
	}

	/**
	 * Calls one receiver.
	 * @return its response, or {@code null} when it answered {@code null}
	 */
	private static @Nullable Response call(SignalReceiver receiver, String description, SignalEvent event,
			boolean robust, boolean await) {
		Object value;
		try {
			value = receiver.receive(event);
		}
		catch (Exception ex) {
			return failed(event, description, receiver, ex, robust);
		}
		return answered(receiver, description, value, event, robust, await);
	}

	/**
	 * The response of a receiver that returned: in a synchronous send a {@link CompletionStage}
	 * is awaited first, and its failure is the receiver's.
	 * @return the response, or {@code null} when the answer is {@code null}
	 */
	private static @Nullable Response answered(SignalReceiver receiver, String description, @Nullable Object value,
			SignalEvent event, boolean robust, boolean await) {
		Object result = value;
		if (await && value instanceof CompletionStage<?> stage) {
			try {
				result = await(stage);
			}
			catch (Exception ex) {
				return failed(event, description, receiver, ex, robust);
			}
		}
		return (result != null) ? new Response(receiver, result, null) : null;
	}

	/**
	 * Waits, without a time limit, for a stage a receiver returned in a synchronous send.
	 * @param stage the stage
	 * @return its result
	 * @throws Exception the exception it completed with, or {@link InterruptedException} (with the
	 * thread's interrupt flag set again) when the waiting thread was interrupted
	 */
	static @Nullable Object await(CompletionStage<?> stage) throws Exception {
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

	/**
	 * Calls every live receiver of the route on an executor, then awaits every response that is a
	 * {@link CompletionStage} and puts its result in its place.
	 * @param route the receivers
	 * @param event the event they get
	 * @param robust record failures instead of failing the future with the first one
	 * @param executor where the receivers run
	 * @param observers the signal's observers, or {@code null}
	 * @return the responses in connection order
	 */
	public static CompletableFuture<List<Response>> callAsync(Route route, SignalEvent event, boolean robust,
			Executor executor, @Nullable Observers observers) {
		return CompletableFuture
			.supplyAsync(() -> route.call(event, robust, false), executor)
			.thenCompose((responses) -> awaitStages(responses, event, robust, observers));
	}

	private static CompletableFuture<List<Response>> awaitStages(List<Response> responses, SignalEvent event,
			boolean robust, @Nullable Observers observers) {
		@SuppressWarnings("unchecked")
		CompletableFuture<Response>[] awaited = new CompletableFuture[responses.size()];
		for (int i = 0; i < awaited.length; i++) {
			Response response = responses.get(i);
			if (response.value() instanceof CompletionStage<?> stage) {
				awaited[i] = stage.toCompletableFuture().handle((value, failure) -> {
					if (failure == null) {
						return new Response(response.receiver(), value, null);
					}
					Throwable cause = (failure instanceof CompletionException && failure.getCause() != null)
							? failure.getCause() : failure;
					if (observers != null) {
						observers.lateFailure(event, response.receiver(), cause);
					}
					if (cause instanceof Error error) {
						throw error;
					}
					return failed(event, String.valueOf(response.receiver()), response.receiver(), cause, robust);
				});
			}
			else {
				awaited[i] = CompletableFuture.completedFuture(response);
			}
		}
		return CompletableFuture.allOf(awaited)
			.thenApply((done) -> Arrays.stream(awaited).map(CompletableFuture::join).toList());
	}

	/**
	 * What becomes of a receiver's exception: in a plain send it propagates, unchecked ones
	 * unchanged and checked ones wrapped; in a robust send it is logged and becomes the
	 * receiver's response.
	 * @param event the send
	 * @param description the receiver's description, for the log and the wrapper
	 * @param receiver the receiver
	 * @param failure what it threw, not an {@link Error}
	 * @param robust whether the send is robust
	 * @return the receiver's response in a robust send
	 */
	static Response failed(SignalEvent event, String description, Object receiver, Throwable failure,
			boolean robust) {
		if (!robust) {
			throw (failure instanceof RuntimeException runtime) ? runtime
					: new SignalException(event.signal().name(), description, failure);
		}
		logFailure(event, description, failure);
		return new Response(receiver, null, failure);
	}

	private static void logFailure(SignalEvent event, String receiver, Throwable failure) {
		logger.error("Error calling receiver {} of signal '{}' in a robust send (sender {}): {}", receiver,
				event.signal().name(), event.sender(), failure.toString(), failure);
	}

}
