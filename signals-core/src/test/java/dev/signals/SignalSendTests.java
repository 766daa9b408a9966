package dev.signals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Points 5, 6, 7 and 9: send, robust send, asynchronous send and the snapshot each send runs over. */
class SignalSendTests {

	private final Signal signal = Signal.of("computed", "input");

	private final Recorder recorder = new Recorder();

	private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

	private final Logger logger = (Logger) LoggerFactory.getLogger("dev.signals.Signal");

	private final ExecutorService executor = Executors.newSingleThreadExecutor();

	@BeforeEach
	void captureLogs() {
		this.logged.start();
		this.logger.addAppender(this.logged);
		this.logger.setLevel(Level.ERROR);
	}

	@AfterEach
	void release() {
		this.logger.detachAppender(this.logged);
		this.logger.setLevel(Level.OFF);
		this.executor.shutdownNow();
	}

	@Test
	void sendWithoutReceiversReturnsAnEmptyList() {
		assertThat(this.signal.send(this)).isEmpty();
		assertThat(this.signal.sendRobust(this, this.signal.arguments())).isEmpty();
	}

	@Test
	void sendReturnsEachResponseInConnectionOrder() {
		SignalReceiver doubled = (event) -> 2 * (int) event.get("input");
		SignalReceiver quiet = (event) -> null;
		SignalReceiver named = (event) -> "n" + event.get("input");
		this.signal.connect(doubled);
		this.signal.connect(quiet);
		this.signal.connect(named);
		List<Response> responses = this.signal.send(this, this.signal.arguments("input", 21));
		assertThat(responses).containsExactly(new Response(doubled, 42, null), new Response(quiet, null, null),
				new Response(named, "n21", null));
		assertThat(responses).noneMatch(Response::failed);
	}

	@Test
	void everySendTakesNoArgumentsArgumentsOrAMapAlike() throws Exception {
		this.signal.connect((event) -> event.get("input"));
		Arguments arguments = this.signal.arguments("input", 1);
		Map<String, Object> map = Map.of("input", 1);
		assertThat(List.of(this.signal.send(this), this.signal.sendRobust(this),
				this.signal.sendAsync(this, this.executor).get(5, TimeUnit.SECONDS),
				this.signal.sendRobustAsync(this, this.executor).get(5, TimeUnit.SECONDS)))
			.allSatisfy((responses) -> assertThat(responses).extracting(Response::value).containsExactly((Object) null));
		assertThat(List.of(this.signal.send(this, arguments), this.signal.send(this, map),
				this.signal.sendRobust(this, arguments), this.signal.sendRobust(this, map),
				this.signal.sendAsync(this, arguments, this.executor).get(5, TimeUnit.SECONDS),
				this.signal.sendAsync(this, map, this.executor).get(5, TimeUnit.SECONDS),
				this.signal.sendRobustAsync(this, arguments, this.executor).get(5, TimeUnit.SECONDS),
				this.signal.sendRobustAsync(this, map, this.executor).get(5, TimeUnit.SECONDS)))
			.allSatisfy((responses) -> assertThat(responses).extracting(Response::value).containsExactly(1));
	}

	@Test
	void responsesOfQuietReceiversAreStableAndUnmodifiable() {
		SignalReceiver quiet = (event) -> null;
		this.signal.connect(quiet);
		List<Response> responses = this.signal.send(this);
		assertThat(responses).containsExactly(new Response(quiet, null, null));
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> responses.clear());
	}

	@Test
	void uncheckedExceptionStopsTheSendAndPropagatesUnchanged() {
		IllegalStateException failure = new IllegalStateException("boom");
		this.signal.connect(this.recorder.receiver("before"));
		this.signal.connect((event) -> {
			throw failure;
		});
		this.signal.connect(this.recorder.receiver("after"));
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> this.signal.send(this))
			.isSameAs(failure);
		assertThat(this.recorder.calls).containsExactly("before");
	}

	@Test
	void checkedExceptionIsWrappedNamingTheSignalAndTheReceiver() {
		IOException failure = new IOException("disk full");
		SignalReceiver failing = new Failing(failure);
		this.signal.connect(failing);
		this.signal.connect(this.recorder.receiver("after"));
		assertThatExceptionOfType(SignalException.class).isThrownBy(() -> this.signal.send(this))
			.withMessageContaining("'computed'")
			.withMessageContaining("failing receiver")
			.withCause(failure)
			.satisfies((ex) -> {
				assertThat(ex.getSignalName()).isEqualTo("computed");
				assertThat(ex.getReceiverDescription()).isEqualTo("failing receiver");
			});
		assertThat(this.recorder.calls).isEmpty();
	}

	@Test
	void errorPropagatesFromEvenARobustSend() {
		this.signal.connect((event) -> {
			throw new AssertionError("not an Exception");
		});
		this.signal.connect(this.recorder.receiver("after"));
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> this.signal.sendRobust(this, this.signal.arguments()));
		assertThat(this.recorder.calls).isEmpty();
	}

	@Test
	void robustSendRunsEveryReceiverAndRecordsAndLogsFailures() {
		IOException checked = new IOException("disk full");
		IllegalStateException unchecked = new IllegalStateException("boom");
		SignalReceiver first = new Failing(checked);
		SignalReceiver second = (event) -> {
			throw unchecked;
		};
		SignalReceiver third = (event) -> "fine";
		this.signal.connect(first);
		this.signal.connect(second);
		this.signal.connect(third);
		List<Response> responses = this.signal.sendRobust("the sender", this.signal.arguments());
		assertThat(responses).containsExactly(new Response(first, null, checked), new Response(second, null, unchecked),
				new Response(third, "fine", null));
		assertThat(responses.get(0).failed()).isTrue();
		assertThat(this.logged.list).hasSize(2);
		ILoggingEvent log = this.logged.list.get(0);
		assertThat(log.getLevel()).isEqualTo(Level.ERROR);
		assertThat(log.getFormattedMessage()).contains("failing receiver", "'computed'", "the sender", "disk full");
		assertThat(log.getThrowableProxy().getMessage()).isEqualTo("disk full");
	}

	@Test
	void robustSendWithMapChecksTheNames() {
		this.signal.connect((event) -> event.get("input"));
		assertThat(this.signal.sendRobust(this, Map.of("input", 7))).extracting(Response::value)
			.containsExactly(7);
	}

	@Test
	void asyncSendRunsReceiversOnTheExecutorInConnectionOrder() throws Exception {
		List<String> threads = new ArrayList<>();
		SignalReceiver first = (event) -> {
			threads.add(Thread.currentThread().getName());
			return 1;
		};
		SignalReceiver second = (event) -> CompletableFuture.supplyAsync(() -> 2);
		CompletableFuture<String> later = new CompletableFuture<>();
		SignalReceiver third = (event) -> later;
		this.signal.connect(first);
		this.signal.connect(second);
		this.signal.connect(third);
		CompletableFuture<List<Response>> result = this.signal.sendAsync(this, this.signal.arguments(), this.executor);
		assertThat(result).isNotDone();
		later.complete("three");
		assertThat(result.get(5, TimeUnit.SECONDS)).containsExactly(new Response(first, 1, null),
				new Response(second, 2, null), new Response(third, "three", null));
		assertThat(threads).singleElement().asString().isNotEqualTo(Thread.currentThread().getName());
	}

	@Test
	void asyncSendWithoutReceiversCompletesAtOnce() {
		assertThat(this.signal.sendAsync(this, this.signal.arguments(), this.executor)).isCompletedWithValue(List.of());
	}

	@Test
	void asyncSendFailsWithTheFirstExceptionUnchanged() {
		IllegalStateException failure = new IllegalStateException("boom");
		this.signal.connect((event) -> {
			throw failure;
		});
		this.signal.connect(this.recorder.receiver("after"));
		CompletableFuture<List<Response>> result = this.signal.sendAsync(this, this.signal.arguments(), this.executor);
		assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> result.get(5, TimeUnit.SECONDS))
			.withCause(failure);
		assertThat(this.recorder.calls).isEmpty();
	}

	@Test
	void asyncSendFailsWhenAnAwaitedStageFails() {
		IOException failure = new IOException("remote down");
		SignalReceiver remote = (event) -> CompletableFuture.failedFuture(failure);
		this.signal.connect(remote);
		CompletableFuture<List<Response>> result = this.signal.sendAsync(this, this.signal.arguments(), this.executor);
		assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> result.get(5, TimeUnit.SECONDS))
			.havingCause()
			.isInstanceOf(SignalException.class)
			.withMessageContaining("'computed'")
			.withCause(failure);
	}

	@Test
	void robustAsyncSendRecordsFailuresOfReceiversAndStages() throws Exception {
		IOException stageFailure = new IOException("remote down");
		IllegalStateException callFailure = new IllegalStateException("boom");
		SignalReceiver remote = (event) -> CompletableFuture.failedFuture(stageFailure);
		SignalReceiver failing = (event) -> {
			throw callFailure;
		};
		SignalReceiver fine = (event) -> CompletableFuture.completedFuture("ok");
		this.signal.connect(remote);
		this.signal.connect(failing);
		this.signal.connect(fine);
		List<Response> responses = this.signal.sendRobustAsync(this, this.signal.arguments(), this.executor)
			.get(5, TimeUnit.SECONDS);
		assertThat(responses).containsExactly(new Response(remote, null, stageFailure),
				new Response(failing, null, callFailure), new Response(fine, "ok", null));
		assertThat(this.logged.list).hasSize(2);
	}

	@Test
	void robustAsyncSendLetsAnErrorOfAStageFailTheFutureUnchanged() {
		AssertionError error = new AssertionError("not an Exception");
		this.signal.connect((event) -> CompletableFuture.failedFuture(error));
		CompletableFuture<List<Response>> result = this.signal.sendRobustAsync(this, this.signal.arguments(),
				this.executor);
		assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> result.get(5, TimeUnit.SECONDS))
			.withCause(error);
	}

	@Test
	void receiverDisconnectingItselfAndOthersStillCompletesThisSend() {
		List<String> calls = new ArrayList<>();
		SignalReceiver later = (event) -> calls.add("later");
		SignalReceiver[] self = new SignalReceiver[1];
		self[0] = (event) -> {
			calls.add("self");
			event.signal().disconnect(self[0]);
			event.signal().disconnect(later);
			return null;
		};
		this.signal.connect(self[0]);
		this.signal.connect(later);
		this.signal.send(this);
		assertThat(calls).containsExactly("self", "later");
		this.signal.send(this);
		assertThat(calls).containsExactly("self", "later");
	}

	@Test
	void receiverConnectedDuringASendIsCalledFromTheNextSendOn() {
		SignalReceiver added = this.recorder.receiver("added");
		this.signal.connect((event) -> {
			this.recorder.calls.add("connecting");
			event.signal().connect(added);
			return null;
		});
		this.signal.send(this);
		assertThat(this.recorder.calls).containsExactly("connecting");
		this.signal.send(this);
		assertThat(this.recorder.calls).containsExactly("connecting", "connecting", "added");
	}

	@Test
	void sendStartingAfterDisconnectReturnedNeverCallsTheReceiver() {
		SignalReceiver receiver = this.recorder.receiver("r");
		Connection connection = this.signal.connect(receiver, Connect.sender(this));
		assertThat(connection.disconnect()).isTrue();
		this.signal.send(this);
		this.signal.sendRobust(this, this.signal.arguments());
		this.signal.sendAsync(this, this.signal.arguments(), Runnable::run).join();
		assertThat(this.recorder.calls).isEmpty();
	}

	@Test
	void receiverMaySendTheSameSignalAgain() {
		this.signal.connect((event) -> {
			int depth = (int) event.get("input");
			return (depth < 3) ? event.signal().send(this, event.signal().arguments("input", depth + 1)).size()
					: depth;
		});
		assertThat(this.signal.send(this, this.signal.arguments("input", 0))).extracting(Response::value)
			.containsExactly(1);
	}

	record Failing(Exception failure) implements SignalReceiver {

		@Override
		public Object receive(SignalEvent event) throws Exception {
			throw this.failure;
		}

		@Override
		public String toString() {
			return "failing receiver";
		}

	}

}
