package dev.signals.internal;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import dev.signals.Response;
import dev.signals.SignalEvent;
import org.jspecify.annotations.Nullable;

/**
 * An asynchronous send: the {@linkplain Dispatch send loop} runs on an executor, and then every
 * response that is a {@link CompletionStage} is awaited without blocking, its result taking its
 * place.
 */
final class AsyncDispatch {

	private AsyncDispatch() {
	}

	/**
	 * Calls every live receiver of the route on an executor, then awaits the stages they returned.
	 * @param route the receivers
	 * @param event the event they get
	 * @param kind an asynchronous kind: what a failure does
	 * @param executor where the receivers run
	 * @return the responses in connection order
	 */
	static CompletableFuture<List<Response>> call(Route route, SignalEvent event, SendKind kind, Executor executor) {
		return CompletableFuture.supplyAsync(() -> Dispatch.call(route, event, kind), executor)
			.thenCompose((responses) -> awaitStages(route, responses, event, kind));
	}

	private static CompletableFuture<List<Response>> awaitStages(Route route, List<Response> responses,
			SignalEvent event, SendKind kind) {
		@SuppressWarnings("unchecked")
		CompletableFuture<Response>[] awaited = new CompletableFuture[responses.size()];
		for (int i = 0; i < awaited.length; i++) {
			Response response = responses.get(i);
			awaited[i] = (response.value() instanceof CompletionStage<?> stage)
					? stage.toCompletableFuture().handle((value, failure) -> settled(route, response, value, failure,
							event, kind))
					: CompletableFuture.completedFuture(response);
		}
		return CompletableFuture.allOf(awaited)
			.thenApply((done) -> Arrays.stream(awaited).map(CompletableFuture::join).toList());
	}

	/**
	 * The response of a receiver once the stage it returned completed; a failure is a late one,
	 * told to the observers, and then what the kind makes of it.
	 */
	private static Response settled(Route route, Response response, @Nullable Object value,
			@Nullable Throwable failure,
			SignalEvent event, SendKind kind) {
		if (failure == null) {
			return new Response(response.receiver(), value, null);
		}
		Throwable cause = (failure instanceof CompletionException && failure.getCause() != null)
				? failure.getCause() : failure;
		if (route.observers != null) {
			route.observers.lateFailure(event, response.receiver(), cause);
		}
		if (cause instanceof Error error) {
			throw error;
		}
		return kind.failed(event, String.valueOf(response.receiver()), response.receiver(), cause);
	}

}
