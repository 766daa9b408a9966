package dev.signals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Point 11: connect, disconnect and send from many threads at once, with receivers called outside any lock. */
class SignalConcurrencyTests {

	private static final int THREADS = 8;

	private final Signal signal = Signal.of("contended", "start");

	private final ExecutorService executor = Executors.newFixedThreadPool(THREADS);

	@AfterEach
	void shutDown() throws InterruptedException {
		this.executor.shutdownNow();
		assertThat(this.executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void concurrentConnectsLoseNoConnection() throws Exception {
		int perThread = 150;
		Set<Object> connected = ConcurrentHashMap.newKeySet();
		runTogether((thread) -> {
			for (int i = 0; i < perThread; i++) {
				SignalReceiver receiver = new Recorder().receiver(thread + "-" + i);
				Object sender = (i % 2 == 0) ? null : Integer.valueOf(i % 7);
				this.signal.connect(receiver, (sender != null) ? Connect.sender(sender) : Connect.anySender());
				connected.add(receiver);
			}
		});
		assertThat(this.signal.receivers()).hasSize(THREADS * perThread);
		assertThat(identities(this.signal.receivers().stream().map(ReceiverInfo::receiver).toList()))
			.hasSize(THREADS * perThread)
			.isEqualTo(identities(new ArrayList<>(connected)));
	}

	@Test
	void concurrentConnectsOfOneUidAddExactlyOne() throws Exception {
		AtomicInteger added = new AtomicInteger();
		runTogether((thread) -> {
			for (int i = 0; i < 200; i++) {
				if (this.signal.connect(new Recorder().receiver("r"), Connect.anySender().dispatchUid("one")).added()) {
					added.incrementAndGet();
				}
			}
		});
		assertThat(added).hasValue(1);
		assertThat(this.signal.receivers()).hasSize(1);
	}

	@Test
	void concurrentDisconnectsRemoveEachConnectionOnce() throws Exception {
		List<Connection> connections = new ArrayList<>();
		for (int i = 0; i < 1_000; i++) {
			connections.add(this.signal.connect(new Recorder().receiver("r" + i)));
		}
		AtomicInteger removed = new AtomicInteger();
		runTogether((thread) -> {
			for (Connection connection : connections) {
				if (connection.disconnect()) {
					removed.incrementAndGet();
				}
			}
		});
		assertThat(removed).hasValue(1_000);
		assertThat(this.signal.hasReceivers()).isFalse();
	}

	@Test
	void receiverIsCalledWithoutALockSoOtherThreadsCanChangeTheSignal() throws Exception {
		CountDownLatch changedMeanwhile = new CountDownLatch(1);
		this.signal.connect((event) -> {
			Future<?> other = this.executor.submit(() -> {
				Connection connection = this.signal.connect(new Recorder().receiver("other"));
				this.signal.send("another sender");
				connection.disconnect();
				try (Signal.Muting muting = this.signal.mute()) {
					changedMeanwhile.countDown();
				}
			});
			assertThat(changedMeanwhile.await(10, TimeUnit.SECONDS)).isTrue();
			other.get(10, TimeUnit.SECONDS);
			return null;
		}, Connect.sender(this));
		this.signal.send(this);
		assertThat(changedMeanwhile.getCount()).isZero();
	}

	private void runTogether(ThrowingConsumer<Integer> work) throws Exception {
		CyclicBarrier start = new CyclicBarrier(THREADS);
		List<Future<?>> futures = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			int thread = t;
			futures.add(this.executor.submit(() -> {
				start.await();
				work.accept(thread);
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get(60, TimeUnit.SECONDS);
		}
	}

	static Set<Object> identities(List<?> objects) {
		Set<Object> set = Collections.newSetFromMap(new IdentityHashMap<>());
		set.addAll(objects);
		return set;
	}

	@FunctionalInterface
	interface ThrowingConsumer<T> {

		void accept(T value) throws Exception;

	}

}
