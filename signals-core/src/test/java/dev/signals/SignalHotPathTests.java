package dev.signals;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Point 13: a send nobody listens to allocates nothing, takes no lock and ignores other senders' receivers. */
class SignalHotPathTests {

	private static final int SENDS = 200_000;

	/** Bytes the measurement itself may show; far below one allocation per send. */
	private static final long TOLERANCE = 256;

	private final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	@Test
	void sendWithoutReceiversAllocatesNothing() {
		Signal signal = Signal.of("idle", "value");
		Arguments arguments = signal.arguments("value", 1);
		assertThat(allocatedBy(() -> {
			signal.send(this);
			signal.send(this, arguments);
			signal.sendRobust(null, arguments);
			signal.hasListeners(this);
		})).isLessThan(TOLERANCE);
	}

	@Test
	void sendWhoseReceiversAreForOtherSendersAllocatesNothing() {
		Signal signal = Signal.of("busy", "value");
		List<Object> others = connectForOtherSenders(signal, 1_000);
		signal.connect((event) -> null, Connect.sender(Number.class).includeSubclasses());
		Arguments arguments = signal.arguments("value", 1);
		Object sender = new Object();
		assertThat(allocatedBy(() -> {
			signal.send(sender, arguments);
			signal.send(String.class, arguments);
			signal.sendRobust(this, arguments);
			signal.hasListeners(sender);
		})).isLessThan(TOLERANCE);
		assertThat(others).hasSize(1_000);
	}

	@Test
	void measurementSeesTheAllocationsOfASendThatCallsAReceiver() {
		Signal signal = Signal.of("answered");
		signal.connect((event) -> new Object());
		assertThat(allocatedBy(() -> signal.send(this))).isGreaterThan(SENDS * 16L);
	}

	@Test
	void sendOfAMutedSignalAllocatesNothing() {
		Signal signal = Signal.of("muted");
		signal.connect((event) -> null);
		try (Signal.Muting muting = signal.mute()) {
			assertThat(allocatedBy(() -> signal.send(this))).isLessThan(TOLERANCE);
		}
	}

	@Test
	void sendWithoutReceiversAllocatesNothingWhileObserved() {
		Signal signal = Signal.of("watched", "value");
		signal.addObserver((event, calls, nanos) -> {
		});
		Arguments arguments = signal.arguments("value", 1);
		assertThat(allocatedBy(() -> {
			signal.send(this, arguments);
			signal.sendRobust(null, arguments);
		})).isLessThan(TOLERANCE);
	}

	@Test
	void removingTheLastObserverRestoresTheUnobservedSend() {
		Signal signal = Signal.of("unwatched");
		signal.connect((event) -> null);
		long unobserved = allocatedBy(() -> signal.send(this));
		signal.addObserver((event, calls, nanos) -> {
		}).close();
		assertThat(allocatedBy(() -> signal.send(this))).isLessThan(unobserved + TOLERANCE);
	}

	@Test
	void receiversForOtherSendersDoNotSlowASendDown() {
		Signal alone = Signal.of("alone");
		Signal crowded = Signal.of("crowded");
		List<Object> others = connectForOtherSenders(crowded, 2_000);
		Object sender = new Object();
		SignalReceiver receiver = (event) -> null;
		alone.connect(receiver, Connect.sender(sender));
		crowded.connect(receiver, Connect.sender(sender));
		Object stranger = new Object();
		long aloneNanos = fastest(() -> {
			alone.send(sender);
			alone.send(stranger);
		});
		long crowdedNanos = fastest(() -> {
			crowded.send(sender);
			crowded.send(stranger);
		});
		// a scan of the 2,000 other receivers on each send would be hundreds of times slower
		assertThat(crowdedNanos).isLessThan(20 * aloneNanos + TimeUnit.MILLISECONDS.toNanos(5));
		assertThat(others).hasSize(2_000);
	}

	@Test
	void sendTakesNoLockThatConnectHolds() throws Exception {
		Signal signal = Signal.of("locked");
		Recorder recorder = new Recorder();
		signal.connect(recorder.receiver("connected"));
		CountDownLatch insideConnect = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		SignalReceiver slowToDescribe = new SignalReceiver() {

			@Override
			public @Nullable Object receive(SignalEvent event) {
				return null;
			}

			@Override
			public String toString() {
				insideConnect.countDown();
				await(release);
				return "slow to describe";
			}

		};
		Thread connecting = new Thread(() -> signal.connect(slowToDescribe));
		connecting.start();
		try {
			assertThat(insideConnect.await(10, TimeUnit.SECONDS)).isTrue();
			assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
				signal.send(this);
				signal.sendRobust(this, signal.arguments());
				assertThat(signal.hasListeners(this)).isTrue();
			});
			assertThat(recorder.calls).containsExactly("connected", "connected");
		}
		finally {
			release.countDown();
			connecting.join();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static List<Object> connectForOtherSenders(Signal signal, int count) {
		List<Object> senders = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			Object sender = new Object();
			senders.add(sender);
			signal.connect((event) -> null, Connect.sender(sender));
		}
		return senders;
	}

	/**
	 * The bytes allocated by {@link #SENDS} sends, the least of three rounds after a warm-up, so
	 * that a one-off allocation of the JIT (a deoptimization, say) does not count; an allocation
	 * per send shows in every round.
	 */
	private long allocatedBy(Runnable send) {
		long thread = Thread.currentThread().getId();
		for (int i = 0; i < SENDS; i++) {
			send.run();
		}
		this.threads.getThreadAllocatedBytes(thread);
		long least = Long.MAX_VALUE;
		for (int round = 0; round < 3; round++) {
			long before = this.threads.getThreadAllocatedBytes(thread);
			for (int i = 0; i < SENDS; i++) {
				send.run();
			}
			least = Math.min(least, this.threads.getThreadAllocatedBytes(thread) - before);
		}
		return least;
	}

	private static long fastest(Runnable send) {
		long best = Long.MAX_VALUE;
		for (int round = 0; round < 7; round++) {
			long start = System.nanoTime();
			for (int i = 0; i < SENDS; i++) {
				send.run();
			}
			best = Math.min(best, System.nanoTime() - start);
		}
		return best;
	}

}
