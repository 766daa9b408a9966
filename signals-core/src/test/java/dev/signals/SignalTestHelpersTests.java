package dev.signals;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Point 14: a temporary connection in try-with-resources, and muting a signal within a scope. */
class SignalTestHelpersTests {

	private final Signal signal = Signal.of("tested", "value");

	private final Recorder recorder = new Recorder();

	@Test
	void temporaryConnectionLastsForItsBlock() {
		try (Connection connection = this.signal.connect(this.recorder.receiver("temporary"))) {
			assertThat(connection.isConnected()).isTrue();
			this.signal.send(this);
		}
		this.signal.send(this);
		assertThat(this.recorder.calls).containsExactly("temporary");
		assertThat(this.signal.hasReceivers()).isFalse();
	}

	@Test
	void temporaryConnectionIsRemovedWhenTheBlockThrows() {
		try (Connection connection = this.signal.connect(this.recorder.receiver("temporary"))) {
			throw new IllegalStateException("test failed");
		}
		catch (IllegalStateException expected) {
			assertThat(this.signal.hasReceivers()).isFalse();
		}
	}

	@Test
	void temporaryDuplicateOfAPermanentConnectionLeavesItInPlace() {
		SignalReceiver receiver = this.recorder.receiver("permanent");
		this.signal.connect(receiver);
		try (Connection temporary = this.signal.connect(receiver)) {
			assertThat(temporary.added()).isFalse();
		}
		this.signal.send(this);
		assertThat(this.recorder.calls).containsExactly("permanent");
	}

	@Test
	void mutedSignalCallsNobodyWithinTheScope() {
		this.signal.connect(this.recorder.receiver("any"));
		this.signal.connect(this.recorder.receiver("mine"), Connect.sender(this));
		try (Signal.Muting muting = this.signal.mute()) {
			assertThat(this.signal.isMuted()).isTrue();
			assertThat(this.signal.send(this)).isEmpty();
			assertThat(this.signal.sendRobust(this, this.signal.arguments())).isEmpty();
			assertThat(this.signal.sendAsync(this, this.signal.arguments(), Runnable::run))
				.isCompletedWithValue(List.of());
			assertThat(this.signal.hasListeners(this)).isFalse();
			assertThat(this.signal.hasReceivers()).isFalse();
			assertThat(this.signal.receivers()).hasSize(2);
		}
		assertThat(this.signal.isMuted()).isFalse();
		this.signal.send(this);
		assertThat(this.recorder.calls).containsExactly("any", "mine");
	}

	@Test
	void mutesNestAndClosingOneTwiceLiftsItOnce() {
		this.signal.connect(this.recorder.receiver("r"));
		Signal.Muting outer = this.signal.mute();
		Signal.Muting inner = this.signal.mute();
		inner.close();
		inner.close();
		this.signal.send(this);
		assertThat(this.signal.isMuted()).isTrue();
		outer.close();
		this.signal.send(this);
		assertThat(this.recorder.calls).containsExactly("r");
	}

	@Test
	void connectionsMadeWhileMutedTakeEffectAfterwards() {
		try (Signal.Muting muting = this.signal.mute()) {
			this.signal.connect(this.recorder.receiver("during"));
			SignalReceiver removed = this.recorder.receiver("removed");
			this.signal.connect(removed);
			this.signal.disconnect(removed);
			this.signal.send(this);
		}
		this.signal.send(this);
		assertThat(this.recorder.calls).containsExactly("during");
	}

	@Test
	void mutingOneSignalLeavesOthersAlone() {
		Signal other = Signal.of("other");
		other.connect(this.recorder.receiver("other"));
		try (Signal.Muting muting = this.signal.mute()) {
			other.send(this);
		}
		assertThat(this.recorder.calls).containsExactly("other");
	}

}
