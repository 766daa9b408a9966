package dev.signals.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
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
	 * Calls receivers that are all strongly held and return nothing: no response to collect, so
	 * unless one fails the route's prepared responses are the result. The loop holds nothing but
	 * its index; a failure hands over to {@link #afterPlainFailure}.
	 */
	static List<Response> callPlain(Route route, SignalReceiver[] receivers, SignalEvent event,
			boolean robust) {
		int i = 0;
		try {
			if (receivers.length == 1) {
				// most routes have one receiver: no loop at all
				receivers[0].receive(event);
				return route.nullResponses;
			}
			for (; i < receivers.length; i++) {
				receivers[i].receive(event);
			}
			return route.nullResponses;
		}
		catch (Exception ex) {
			return afterPlainFailure(route, receivers, event, robust, i, ex);
		}
	}

	/**
	 * Handles the failure of a plain receiver: rethrows it in a plain send, or records it and
	 * calls the remaining receivers in a robust one.
	 */
	private static List<Response> afterPlainFailure(Route route, SignalReceiver[] receivers, SignalEvent event,
			boolean robust, int failed, Exception failure) {
		Response[] out = route.nullResponses.toArray(new Response[0]);
		Exception ex = failure;
		for (int i = failed; i < receivers.length; i++) {
			if (i > failed) {
				try {
					receivers[i].receive(event);
					continue;
				}
				catch (Exception next) {
					ex = next;
				}
			}
			out[i] = failed(event, route.entries[i].description(), receivers[i], ex, robust);
		}
		return Collections.unmodifiableList(Arrays.asList(out));
	}

	static List<Response> callEntries(Route route, SignalEvent event, boolean robust) {
		Entry[] entries = route.entries;
		Response @Nullable [] out = null;
		int count = 0;
		for (int i = 0; i < entries.length; i++) {
			Entry entry = entries[i];
			Object receiver = entry.receiver();
			if (receiver == null) {
				if (out == null) {
					out = prefix(entries, i);
					count = i;
				}
				continue;
			}
			Object value;
			Response failure = null;
			try {
				value = entry.call(receiver, event);
			}
			catch (Exception ex) {
				value = null;
				failure = failed(event, entry.description(), receiver, ex, robust);
			}
			if (out == null && value == null && failure == null && entry.nullResponse() != null) {
				continue;
			}
			if (out == null) {
				out = prefix(entries, i);
				count = i;
			}
			out[count++] = (failure != null) ? failure
					: (value == null && entry.nullResponse() != null) ? entry.nullResponse()
							: new Response(receiver, value, null);
		}
		if (out == null) {
			return route.nullResponses;
		}
		return Collections.unmodifiableList(Arrays.asList((count == out.length) ? out : Arrays.copyOf(out, count)));
	}

	private static Response[] prefix(Entry[] entries, int length) {
		Response[] out = new Response[entries.length];
		for (int i = 0; i < length; i++) {
			out[i] = entries[i].nullResponse();
		}
		return out;
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
			.supplyAsync(() -> route.call(event, robust), executor)
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
