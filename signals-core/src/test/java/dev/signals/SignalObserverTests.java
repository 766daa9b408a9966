package dev.signals;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The observation SPI: what observers hear of sends and late failures, and when they hear nothing. */
class SignalObserverTests {

	private final Signal signal = Signal.of("observed", "value");

	private final Recorder recorder = new Recorder();

	private final Watcher watcher = new Watcher();

	private final ExecutorService executor = Executors.newSingleThreadExecutor();

	@AfterEach
	void stopExecutor() throws InterruptedException {
		this.executor.shutdownNow();
		this.executor.awaitTermination(10, TimeUnit.SECONDS);
	}

	@Test
	void observerHearsEachSendWithTheReceiversCalledInDispatchOrder() {
		this.signal.connect(this.recorder.receiver("first"));
		this.signal.connect((event) -> "answer");
		this.signal.addObserver(this.watcher);
		List<Response> responses = this.signal.send(this, this.signal.arguments("value", 1));
		assertThat(responses).hasSize(2);
		assertThat(responses.get(1).value()).isEqualTo("answer");
		assertThat(this.watcher.sends).singleElement().satisfies((send) -> {
			assertThat(send.event().sender()).isSameAs(this);
			assertThat(send.event().get("value")).isEqualTo(1);
			assertThat(send.calls()).hasSize(2);
			assertThat(send.calls().get(0).description()).isEqualTo("first");
			assertThat(send.calls()).allSatisfy((call) -> {
				assertThat(call.failed()).isFalse();
				assertThat(call.nanos()).isNotNegative().isLessThanOrEqualTo(send.nanos());
			});
		});
	}

	@Test
	void sendThatCallsNoReceiverIsNotObserved() {
		Object sender = new Object();
		this.signal.connect(this.recorder.receiver("other"), Connect.sender(new Object()));
		this.signal.addObserver(this.watcher);
		this.signal.send(sender);
		this.signal.sendRobust(sender, this.signal.arguments());
		assertThat(this.watcher.sends).isEmpty();
	}

	@Test
	void mutedSendIsNotObserved() {
		this.signal.connect(this.recorder.receiver("muted"));
		this.signal.addObserver(this.watcher);
		try (Signal.Muting muting = this.signal.mute()) {
			this.signal.send(this);
		}
		assertThat(this.watcher.sends).isEmpty();
		this.signal.send(this);
		assertThat(this.watcher.sends).hasSize(1);
	}

	@Test
	void sendStoppedByAFailureIsObservedAndTheFailureStillReachesTheSender() {
		IllegalStateException boom = new IllegalStateException("boom");
		this.signal.connect((event) -> {
			throw boom;
		});
		this.signal.connect(this.recorder.receiver("never"));
		this.signal.addObserver(this.watcher);
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> this.signal.send(this))
			.isSameAs(boom);
		assertThat(this.watcher.sends).singleElement()
			.satisfies((send) -> assertThat(send.calls()).singleElement()
				.satisfies((call) -> assertThat(call.failure()).isSameAs(boom)));
		assertThat(this.recorder.calls).isEmpty();
	}

	@Test
	void checkedFailureIsWrappedAsWithoutObserver() {
		this.signal.connect((event) -> {
			throw new IOException("disk");
		});
		this.signal.addObserver(this.watcher);
		assertThatExceptionOfType(SignalException.class).isThrownBy(() -> this.signal.send(this))
			.withCauseInstanceOf(IOException.class);
		assertThat(this.watcher.sends.get(0).calls().get(0).failure()).isInstanceOf(IOException.class);
	}

	@Test
	void robustSendReportsEveryFailureAndCallsEveryReceiver() {
		this.signal.connect((event) -> {
			throw new IllegalStateException("first");
		});
		this.signal.connect(this.recorder.receiver("second"));
		this.signal.addObserver(this.watcher);
		List<Response> responses = this.signal.sendRobust(this, this.signal.arguments());
		assertThat(responses).hasSize(2);
		assertThat(responses.get(0).error()).hasMessage("first");
		assertThat(this.recorder.calls).containsExactly("second");
		assertThat(this.watcher.sends.get(0).calls()).extracting(ReceiverCall::failed).containsExactly(true, false);
	}

	@Test
	void closedObserverHearsNothingAndClosingTwiceIsHarmless() {
		this.signal.connect(this.recorder.receiver("receiver"));
		Watcher other = new Watcher();
		Signal.Observing observing = this.signal.addObserver(this.watcher);
		this.signal.addObserver(other);
		observing.close();
		observing.close();
		this.signal.send(this);
		assertThat(this.watcher.sends).isEmpty();
		assertThat(other.sends).hasSize(1);
	}

	@Test
	void observerThatFailsDoesNotReachTheSender() {
		this.signal.connect(this.recorder.receiver("receiver"));
		this.signal.addObserver((event, calls, nanos) -> {
			throw new IllegalStateException("observer broken");
		});
		this.signal.addObserver(this.watcher);
		assertThat(this.signal.send(this)).hasSize(1);
		assertThat(this.watcher.sends).hasSize(1);
	}

	@Test
	void observersSurviveConnectDisconnectAndMute() {
		this.signal.addObserver(this.watcher);
		SignalReceiver receiver = this.recorder.receiver("receiver");
		this.signal.connect(receiver);
		this.signal.mute().close();
		this.signal.disconnect(receiver);
		this.signal.connect(receiver);
		this.signal.send(this);
		assertThat(this.watcher.sends).hasSize(1);
	}

	@Test
	void asynchronousSendIsObservedAndAFailedStageIsALateFailure() throws Exception {
		IllegalStateException late = new IllegalStateException("late");
		SignalReceiver responder = (event) -> CompletableFuture.failedFuture(late);
		this.signal.connect(responder);
		this.signal.addObserver(this.watcher);
		List<Response> responses = this.signal.sendRobustAsync(this, this.signal.arguments(), this.executor)
			.get(10, TimeUnit.SECONDS);
		assertThat(responses.get(0).error()).isSameAs(late);
		assertThat(this.watcher.sends).singleElement()
			.satisfies((send) -> assertThat(send.calls().get(0).failed()).isFalse());
		assertThat(this.watcher.lateFailures).containsExactly(late);
		assertThat(this.watcher.lateReceivers).containsExactly(responder);
	}

	@Test
	void reportedLateFailureReachesTheObservers() {
		SignalReceiver deferred = (event) -> null;
		this.signal.connect(deferred);
		this.signal.addObserver(this.watcher);
		SignalEvent event = new SignalEvent(this.signal, this, this.signal.arguments());
		IllegalStateException failure = new IllegalStateException("after commit");
		this.signal.reportLateFailure(event, deferred, failure);
		assertThat(this.watcher.lateFailures).containsExactly(failure);
		assertThat(this.watcher.lateReceivers).containsExactly(deferred);
	}

	@Test
	void lateFailureWithoutObserversIsAccepted() {
		Signal quiet = Signal.of("quiet");
		quiet.reportLateFailure(new SignalEvent(quiet, null, quiet.arguments()), this.recorder.receiver("r"),
				new IllegalStateException());
	}

	@Test
	void lateFailureOfAnotherSignalsEventIsRejectedNamingBoth() {
		Signal other = Signal.of("other");
		SignalEvent event = new SignalEvent(other, null, other.arguments());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.signal.reportLateFailure(event, this.recorder.receiver("r"), new RuntimeException()))
			.withMessageContaining("'other'")
			.withMessageContaining("'observed'");
	}

	@Test
	void registryObserverCoversSignalsRegisteredLaterAndStopsWhenClosed() {
		SignalRegistry registry = new SignalRegistry();
		registry.define("post_save", "instance");
		Signal.Observing observing = registry.addObserver(this.watcher);
		Signal early = registry.get("post_save");
		Signal late = registry.define("late_signal");
		early.connect(this.recorder.receiver("early"));
		late.connect(this.recorder.receiver("late"));
		early.send(this);
		late.send(this);
		assertThat(this.watcher.sends).extracting((send) -> send.event().signal()).containsExactly(early, late);
		observing.close();
		early.send(this);
		late.send(this);
		assertThat(this.watcher.sends).hasSize(2);
	}

	@Test
	void unregisteredSignalIsNoLongerObservedByTheRegistrysObservers() {
		SignalRegistry registry = new SignalRegistry();
		Signal removed = registry.define("removed");
		removed.connect(this.recorder.receiver("receiver"));
		registry.addObserver(this.watcher);
		registry.unregister(removed);
		removed.send(this);
		assertThat(this.watcher.sends).isEmpty();
	}

	/** Records what it observes. */
	static final class Watcher implements SignalObserver {

		final List<Send> sends = new CopyOnWriteArrayList<>();

		final List<Throwable> lateFailures = new CopyOnWriteArrayList<>();

		final List<Object> lateReceivers = new CopyOnWriteArrayList<>();

		@Override
		public void onSend(SignalEvent event, List<ReceiverCall> calls, long nanos) {
			this.sends.add(new Send(event, calls, nanos));
		}

		@Override
		public void onLateFailure(SignalEvent event, Object receiver, Throwable failure) {
			this.lateReceivers.add(receiver);
			this.lateFailures.add(failure);
		}

	}

	record Send(SignalEvent event, List<ReceiverCall> calls, long nanos) {

		Send {
			assertThat(nanos).isNotNegative();
		}

	}

}
