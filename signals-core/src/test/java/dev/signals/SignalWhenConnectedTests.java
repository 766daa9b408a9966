package dev.signals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/** {@link Signal#whenConnected(Runnable)}: machinery set up only once a signal has a receiver. */
class SignalWhenConnectedTests {

	private final Signal signal = Signal.of("saved", "instance");

	private final List<String> ran = new ArrayList<>();

	@Test
	void actionWaitsForTheFirstConnectionAndRunsOnceBeforeConnectReturns() {
		this.signal.whenConnected(() -> this.ran.add("first"));
		this.signal.whenConnected(() -> this.ran.add("second"));
		assertThat(this.ran).isEmpty();
		this.signal.connect((event) -> null);
		assertThat(this.ran).containsExactly("first", "second");
		this.signal.connect((event) -> null);
		assertThat(this.ran).containsExactly("first", "second");
	}

	@Test
	void actionRunsAtOnceWhenTheSignalHadAReceiverEvenIfItIsGone() {
		SignalReceiver receiver = (event) -> null;
		this.signal.connect(receiver);
		this.signal.disconnect(receiver);
		this.signal.whenConnected(() -> this.ran.add("now"));
		assertThat(this.ran).containsExactly("now");
	}

	@Test
	void connectionThatAddsNothingRunsNoAction() {
		SignalReceiver receiver = (event) -> null;
		this.signal.connect(receiver, Connect.anySender().dispatchUid("once"));
		Signal other = Signal.of("other");
		other.whenConnected(() -> this.ran.add("other"));
		assertThat(this.signal.connect(receiver, Connect.anySender().dispatchUid("once")).added()).isFalse();
		assertThat(this.ran).isEmpty();
	}

	@Test
	void actionMayConnectToTheSameSignalWithoutDeadlock() {
		this.signal.whenConnected(() -> this.signal.connect((event) -> this.ran.add("connected by the action")));
		this.signal.connect((event) -> this.ran.add("first"));
		this.signal.send(this);
		assertThat(this.ran).containsExactly("first", "connected by the action");
	}

	@Test
	void failingActionReachesTheConnectorAfterTheOtherActionsRanAndTheConnectionStays() {
		this.signal.whenConnected(() -> {
			throw new IllegalStateException("listener registration failed");
		});
		this.signal.whenConnected(() -> this.ran.add("second"));
		assertThatIllegalStateException().isThrownBy(() -> this.signal.connect((event) -> this.ran.add("received")))
			.withMessage("listener registration failed");
		assertThat(this.ran).containsExactly("second");
		this.signal.send(this);
		assertThat(this.ran).containsExactly("second", "received");
	}

	@Test
	void closedHandleDropsTheWaitingActionAndClosingLaterChangesNothing() {
		Signal.Waiting dropped = this.signal.whenConnected(() -> this.ran.add("dropped"));
		this.signal.whenConnected(() -> this.ran.add("kept"));
		dropped.close();
		this.signal.connect((event) -> null);
		assertThat(this.ran).containsExactly("kept");
		Signal.Waiting ran = this.signal.whenConnected(() -> this.ran.add("at once"));
		ran.close();
		assertThat(this.ran).containsExactly("kept", "at once");
	}

	@Test
	void nullActionIsRefusedNamingTheSignal() {
		assertThatNullPointerException().isThrownBy(() -> this.signal.whenConnected(null))
			.withMessageContaining("'saved'");
	}

}
