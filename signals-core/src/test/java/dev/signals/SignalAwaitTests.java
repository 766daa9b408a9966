package dev.signals;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A synchronous send runs a receiver that returns a {@link java.util.concurrent.CompletionStage}
 * to completion, as Django's {@code send()} runs async receivers: the stage's result or failure
 * is the receiver's, before the next receiver is called.
 */
class SignalAwaitTests {

	private final Signal signal = Signal.of("computed", "input");

	private final List<String> calls = new CopyOnWriteArrayList<>();

	private final ExecutorService executor = Executors.newSingleThreadExecutor();

	@AfterEach
	void stopExecutor() throws InterruptedException {
		this.executor.shutdownNow();
		assertThat(this.executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void sendAwaitsAStageBeforeTheNextReceiverAndAnswersItsResult() {
		SignalReceiver remote = (event) -> CompletableFuture.supplyAsync(() -> {
			this.calls.add("remote done");
			return "remote";
		}, this.executor);
		SignalReceiver next = (event) -> this.calls.add("next");
		this.signal.connect(remote);
		this.signal.connect(next);
		assertThat(this.signal.send(this)).containsExactly(new Response(remote, "remote", null),
				new Response(next, true, null));
		assertThat(this.calls).containsExactly("remote done", "next");
	}

	@Test
	void sendPropagatesTheFailureOfAStageAsIfTheReceiverHadThrownIt() {
		IllegalStateException unchecked = new IllegalStateException("boom");
		this.signal.connect((event) -> CompletableFuture.failedFuture(unchecked));
		this.signal.connect((event) -> this.calls.add("after"));
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> this.signal.send(this))
			.isSameAs(unchecked);
		assertThat(this.calls).isEmpty();
		IOException checked = new IOException("remote down");
		Signal other = Signal.of("other");
		other.connect((event) -> CompletableFuture.failedFuture(checked));
		assertThatExceptionOfType(SignalException.class).isThrownBy(() -> other.send(this))
			.withMessageContaining("'other'")
			.withCause(checked);
	}

	@Test
	void robustSendRecordsTheFailureOfAStageAsTheResponseAndCallsTheRest() {
		IOException failure = new IOException("remote down");
		SignalReceiver remote = (event) -> CompletableFuture.supplyAsync(() -> {
			throw new CompletionException(failure);
		}, this.executor);
		SignalReceiver next = (event) -> "next";
		this.signal.connect(remote);
		this.signal.connect(next);
		assertThat(this.signal.sendRobust(this, this.signal.arguments())).containsExactly(
				new Response(remote, null, failure), new Response(next, "next", null));
	}

	@Test
	void interruptedWaitIsAFailureOfThatReceiverAndKeepsTheInterruptFlag() {
		CompletableFuture<String> never = new CompletableFuture<>();
		SignalReceiver hanging = (event) -> never;
		SignalReceiver next = (event) -> "next";
		this.signal.connect(hanging);
		this.signal.connect(next);
		Thread.currentThread().interrupt();
		try {
			List<Response> responses = this.signal.sendRobust(this, this.signal.arguments());
			assertThat(Thread.currentThread().isInterrupted()).isTrue();
			assertThat(responses.get(0).error()).isInstanceOf(InterruptedException.class);
			assertThat(responses.get(1)).isEqualTo(new Response(next, "next", null));
		}
		finally {
			Thread.interrupted();
		}
	}

	@Test
	void observersTimeTheWaitAsPartOfTheReceiverAndSeeTheFailureOfAStage() {
		IllegalStateException failure = new IllegalStateException("late");
		List<ReceiverCall> observed = new CopyOnWriteArrayList<>();
		this.signal.addObserver((event, receivers, nanos) -> observed.addAll(receivers));
		this.signal.connect((event) -> CompletableFuture.failedFuture(failure));
		List<Response> responses = this.signal.sendRobust(this, this.signal.arguments());
		assertThat(responses).singleElement().extracting(Response::error).isSameAs(failure);
		assertThat(observed).singleElement().extracting(ReceiverCall::failure).isSameAs(failure);
	}

	@Test
	void asynchronousSendStillLeavesTheStageToTheFutureWithoutBlockingTheExecutor() throws Exception {
		CompletableFuture<String> later = new CompletableFuture<>();
		this.signal.connect((event) -> later);
		this.signal.connect((event) -> CompletableFuture.supplyAsync(() -> "on the same executor", this.executor));
		CompletableFuture<List<Response>> result = this.signal.sendAsync(this, this.signal.arguments(), this.executor);
		assertThat(result).isNotDone();
		later.complete("done");
		assertThat(result.get(10, TimeUnit.SECONDS)).extracting(Response::value)
			.containsExactly("done", "on the same executor");
	}

}
