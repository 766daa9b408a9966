package dev.signals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many threads connect, disconnect and send on one signal for a few seconds. Each thread owns its
 * receivers, so it knows exactly which of them must be connected; afterwards, and at every send
 * along the way, the invariants hold. Uids that every thread connects and disconnects end with
 * exactly as many connections (zero or one) as the winning connects and disconnects say.
 */
class SignalStressTests {

	private static final int THREADS = 6;

	private static final Duration DURATION = Duration.ofSeconds(3);

	/** Uids that every thread connects and disconnects. */
	private static final String[] SHARED_UIDS = { "shared-0", "shared-1", "shared-2" };

	private final Signal signal = Signal.of("stressed", "start");

	private final Object[] senders = { new Object(), new Object(), String.class };

	/** Stamps taken before each send starts and after each disconnect returns. */
	private final AtomicLong clock = new AtomicLong();

	private final Queue<String> violations = new ConcurrentLinkedQueue<>();

	/** Per shared uid: the connects that added it minus the disconnects that removed it. */
	private final Map<String, AtomicInteger> uidLedger = new ConcurrentHashMap<>();

	@Test
	void invariantsHoldUnderConcurrentConnectDisconnectAndSend() throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(THREADS);
		CyclicBarrier start = new CyclicBarrier(THREADS);
		long deadline = System.nanoTime() + DURATION.toNanos();
		List<Future<Worker>> futures = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			Worker worker = new Worker(t);
			futures.add(executor.submit(() -> {
				start.await();
				worker.run(deadline);
				return worker;
			}));
		}
		List<Probe> expected = new ArrayList<>();
		long sends = 0;
		try {
			for (Future<Worker> future : futures) {
				Worker worker = future.get(DURATION.toSeconds() + 60, TimeUnit.SECONDS);
				expected.addAll(worker.connected);
				sends += worker.sends;
			}
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(this.violations).isEmpty();
		assertThat(sends).isGreaterThan(100);
		List<Object> actual = this.signal.receivers()
			.stream()
			.filter((info) -> info.dispatchUid() == null)
			.map(ReceiverInfo::receiver)
			.toList();
		assertThat(SignalConcurrencyTests.identities(actual)).hasSameSizeAs(actual)
			.isEqualTo(SignalConcurrencyTests.identities(new ArrayList<>(expected)));
		assertThat(this.uidLedger).isNotEmpty();
		for (String uid : SHARED_UIDS) {
			long connected = this.signal.receivers().stream().filter((info) -> uid.equals(info.dispatchUid())).count();
			assertThat(connected).as("connections of uid %s", uid)
				.isEqualTo(this.uidLedger.getOrDefault(uid, new AtomicInteger()).get())
				.isLessThanOrEqualTo(1);
		}
	}

	/** A receiver that knows when it was disconnected and fails now and then on purpose. */
	final class Probe implements SignalReceiver {

		final Object sender;

		volatile long disconnectedAt = Long.MAX_VALUE;

		final boolean failing;

		Connection connection;

		Probe(Object sender, boolean failing) {
			this.sender = sender;
			this.failing = failing;
		}

		@Override
		public Object receive(SignalEvent event) {
			long start = (long) event.get("start");
			if (this.disconnectedAt < start) {
				SignalStressTests.this.violations.add(this + " called by a send that began after its disconnect");
			}
			if (this.failing) {
				throw new OwnFailure();
			}
			return this;
		}

	}

	final class Worker {

		final List<Probe> connected = new ArrayList<>();

		final Random random;

		long sends;

		Worker(int seed) {
			this.random = new Random(seed);
		}

		void run(long deadline) {
			while (System.nanoTime() < deadline) {
				int action = this.random.nextInt(12);
				try {
					if (action >= 10) {
						sharedUid(action == 10);
					}
					else if (action < 3 || this.connected.isEmpty()) {
						connect();
					}
					else if (action < 6) {
						disconnect();
					}
					else {
						send(action == 9);
					}
				}
				catch (OwnFailure expected) {
					// a receiver's own exception ends a plain send
				}
				catch (RuntimeException | Error ex) {
					SignalStressTests.this.violations.add("unexpected " + ex);
				}
			}
		}

		private void connect() {
			Object sender = (this.random.nextInt(4) == 0) ? null : SignalStressTests.this.senders[this.random.nextInt(3)];
			Probe probe = new Probe(sender, this.random.nextInt(20) == 0);
			Connection connection = SignalStressTests.this.signal.connect(probe,
					(sender != null) ? Connect.sender(sender) : Connect.anySender());
			if (!connection.added()) {
				SignalStressTests.this.violations.add("a new receiver was not added");
			}
			probe.connection = connection;
			this.connected.add(probe);
		}

		/** Connects or disconnects a uid that other threads use too; exactly one connect of it wins. */
		private void sharedUid(boolean connect) {
			String uid = SHARED_UIDS[this.random.nextInt(SHARED_UIDS.length)];
			AtomicInteger ledger = SignalStressTests.this.uidLedger.computeIfAbsent(uid, (key) -> new AtomicInteger());
			if (connect) {
				Connection connection = SignalStressTests.this.signal.connect(new Probe(null, false),
						Connect.anySender().dispatchUid(uid));
				if (connection.added()) {
					ledger.incrementAndGet();
				}
			}
			else if (SignalStressTests.this.signal.disconnectUid(uid)) {
				ledger.decrementAndGet();
			}
		}

		private void disconnect() {
			Probe probe = this.connected.remove(this.random.nextInt(this.connected.size()));
			boolean removed = (this.random.nextBoolean()) ? probe.connection.disconnect()
					: SignalStressTests.this.signal.disconnect(probe, probe.sender);
			if (!removed) {
				SignalStressTests.this.violations.add("disconnect of " + probe + " removed nothing");
			}
			probe.disconnectedAt = SignalStressTests.this.clock.incrementAndGet();
		}

		private void send(boolean robust) {
			Object sender = SignalStressTests.this.senders[this.random.nextInt(3)];
			Signal signal = SignalStressTests.this.signal;
			Arguments arguments = signal.arguments("start", SignalStressTests.this.clock.incrementAndGet());
			List<Response> responses = robust ? signal.sendRobust(sender, arguments) : signal.send(sender, arguments);
			this.sends++;
			List<Object> called = responses.stream().map(Response::receiver).toList();
			if (SignalConcurrencyTests.identities(called).size() != called.size()) {
				SignalStressTests.this.violations.add("a receiver was called twice in one send");
			}
			for (Probe probe : this.connected) {
				boolean matches = probe.sender == null || probe.sender == sender;
				boolean wasCalled = called.stream().anyMatch((receiver) -> receiver == probe);
				if (matches && !wasCalled) {
					SignalStressTests.this.violations.add(probe + " is connected but was not called");
				}
			}
			for (Response response : responses) {
				if (response.failed() && !(response.error() instanceof OwnFailure)) {
					SignalStressTests.this.violations.add("unexpected failure " + response.error());
				}
			}
		}

	}

	static final class OwnFailure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		OwnFailure() {
			super("a receiver's own failure", null, false, false);
		}

	}

}
