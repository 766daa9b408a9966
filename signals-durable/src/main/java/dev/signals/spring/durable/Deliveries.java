package dev.signals.spring.durable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import dev.signals.SignalEvent;
import dev.signals.spring.durable.DeliveryMetrics.Outcome;
import dev.signals.spring.durable.PublicationStore.Publication;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers publications on a bounded pool of workers. A worker takes up to
 * {@code signals.durable.batch-size} queued publications and delivers them in one transaction, so
 * on one connection: it locks them ({@code FOR UPDATE SKIP LOCKED}, so no two instances deliver
 * one at the same time), loads their arguments, calls their targets and completes them; the
 * targets' own writes commit with the completion. When a delivery fails, the batch is rolled back
 * and its publications are delivered one per transaction, so that only the failing one is charged
 * an attempt: it is recorded with its error, retried with backoff, and marked failed after the
 * last attempt. Periodically, and at startup, pending publications that are due (never attempted
 * and older than the minimum age, or waiting for a retry) are queued again.
 */
public final class Deliveries implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(Deliveries.class);

	private static final int MAX_ERROR_LENGTH = 4000;

	/** Wakes a waiting worker to see that it should stop. */
	private static final UUID STOP = new UUID(0, 0);

	private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
	};

	private final PublicationStore store;

	private final ArgumentCodec codec;

	private final DurableTargets targets;

	private final TransactionTemplate transaction;

	private final DurableProperties properties;

	private final ObjectMapper json;

	private final ObservationRegistry observations;

	private final DeliveryMetrics metrics;

	private final Clock clock;

	private final BlockingQueue<UUID> queue;

	/** Publications queued or being delivered by this instance. */
	private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();

	private final List<Thread> workers = new CopyOnWriteArrayList<>();

	private volatile ScheduledThreadPoolExecutor timer;

	private volatile boolean running;

	public Deliveries(PublicationStore store, ArgumentCodec codec, DurableTargets targets, TransactionTemplate transaction,
			DurableProperties properties, ObjectMapper json, ObservationRegistry observations, DeliveryMetrics metrics,
			Clock clock) {
		this.store = store;
		this.codec = codec;
		this.targets = targets;
		this.transaction = transaction;
		this.properties = properties;
		this.json = json;
		this.observations = observations;
		this.metrics = metrics;
		this.clock = clock;
		this.queue = new ArrayBlockingQueue<>(properties.getQueueCapacity());
		this.timer = timer();
	}

	private static ScheduledThreadPoolExecutor timer() {
		CustomizableThreadFactory threads = new CustomizableThreadFactory("signals-durable-timer-");
		threads.setDaemon(true);
		ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, threads);
		timer.setRemoveOnCancelPolicy(true);
		return timer;
	}

	/**
	 * Queues a publication for delivery; when the queue is full it stays in the table for the
	 * next resubmission.
	 * @param id the publication
	 */
	void submit(UUID id) {
		if (this.inFlight.add(id) && !this.queue.offer(id)) {
			this.inFlight.remove(id);
			logger.debug("Durable publication {} waits for the next resubmission: the delivery queue is full", id);
		}
		if (this.running && this.workers.isEmpty()) {
			startWorkers(); // a target added after the start, by a child context
		}
	}

	private void work() {
		int batchSize = Math.max(1, this.properties.getBatchSize());
		List<UUID> batch = new ArrayList<>(batchSize);
		while (this.running) {
			try {
				UUID first = this.queue.poll(1, TimeUnit.SECONDS);
				if (first == null || first.equals(STOP)) {
					continue;
				}
				batch.add(first);
				this.queue.drainTo(batch, batchSize - 1);
				batch.removeIf(STOP::equals);
				if (!batch.isEmpty()) {
					deliver(batch);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				logger.error("Durable delivery worker failed; the publications stay pending", ex);
			}
			finally {
				batch.forEach(this.inFlight::remove);
				batch.clear();
			}
		}
	}

	/**
	 * Delivers publications now, on this thread: together in one transaction, or, when one of them
	 * fails, one by one.
	 * @param ids the publications
	 */
	void deliver(List<UUID> ids) {
		if (ids.size() == 1) {
			deliver(ids.get(0));
			return;
		}
		Attempt attempt = new Attempt();
		try {
			this.transaction.executeWithoutResult((status) -> attempt.run(ids));
		}
		catch (RuntimeException | Error ex) {
			ids.forEach(this::deliver);
			return;
		}
		attempt.completed();
	}

	/**
	 * Delivers one publication in its own transaction, recording a failure.
	 * @param id the publication
	 */
	void deliver(UUID id) {
		Attempt attempt = new Attempt();
		try {
			this.transaction.executeWithoutResult((status) -> attempt.run(List.of(id)));
		}
		catch (RuntimeException | Error ex) {
			Throwable failure = (ex instanceof TargetFailure) ? ex.getCause() : ex;
			if (attempt.current != null && attempt.target != null) {
				failed(attempt.current, attempt.target, failure);
			}
			else {
				logger.warn("Could not deliver durable publication {}; it stays pending for a resubmission: {}", id,
						failure.toString());
			}
			return;
		}
		attempt.completed();
	}

	/** The deliveries of one transaction. */
	private final class Attempt {

		private final List<Publication> delivered = new ArrayList<>();

		private final List<DurableTarget> deliveredTargets = new ArrayList<>();

		@Nullable Publication current;

		@Nullable DurableTarget target;

		void run(List<UUID> ids) {
			List<UUID> completed = new ArrayList<>(ids.size());
			for (Publication publication : Deliveries.this.store.claim(ids, Deliveries.this.clock.instant())) {
				DurableTarget target = Deliveries.this.targets.get(publication.signal(), publication.receiver());
				if (target == null) {
					logger.debug("Durable publication {} is for {}, which this instance does not have",
							publication.id(), publication.receiver());
					continue;
				}
				this.current = publication;
				this.target = target;
				SignalEvent event = Deliveries.this.codec.decode(target, publication.payload());
				observe(publication, target, event);
				completed.add(publication.id());
				this.delivered.add(publication);
				this.deliveredTargets.add(target);
			}
			if (!completed.isEmpty()) {
				Deliveries.this.store.complete(completed, Deliveries.this.clock.instant(),
						!Deliveries.this.properties.getCompletedRetention().isZero());
			}
		}

		void completed() {
			for (int i = 0; i < this.delivered.size(); i++) {
				Deliveries.this.metrics.attempted(this.deliveredTargets.get(i), Outcome.COMPLETED,
						this.delivered.get(i).attempts() + 1);
			}
		}

	}

	private void observe(Publication publication, DurableTarget target, SignalEvent event) {
		ReceiverContext<Map<String, String>> context = new ReceiverContext<>(
				(carrier, key) -> (carrier != null) ? carrier.get(key) : null);
		context.setCarrier((publication.headers() != null) ? this.json.readValue(publication.headers(), HEADERS)
				: Map.of());
		try {
			Observation.createNotStarted("signals.durable.delivery", () -> context, this.observations)
				.contextualName("deliver " + publication.signal())
				.lowCardinalityKeyValue("signal", publication.signal())
				.lowCardinalityKeyValue("receiver", target.id())
				.highCardinalityKeyValue("publication.id", publication.id().toString())
				.observeChecked(() -> target.deliver(event, publication.id()));
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new TargetFailure(ex);
		}
	}

	private void failed(Publication publication, DurableTarget target, Throwable failure) {
		int attempts = publication.attempts() + 1;
		boolean undeliverable = failure instanceof UndeliverableException;
		boolean last = undeliverable || attempts >= this.properties.getRetry().getMaxAttempts();
		Duration delay = this.properties.getRetry().delayAfter(attempts);
		boolean recorded;
		try {
			recorded = this.store.fail(publication.id(), publication.attempts(), last,
					this.clock.instant().plus(delay), describe(failure));
		}
		catch (RuntimeException ex) {
			logger.warn("Could not record the failure of durable publication {}: {}", publication.id(), ex.toString());
			recorded = false;
		}
		this.metrics.attempted(target, last ? Outcome.FAILED : Outcome.RETRIED, attempts);
		if (last) {
			logger.error("Durable receiver {} of signal '{}' failed for good on publication {} after {} attempt(s); "
					+ "it is marked failed and can be resubmitted", target, publication.signal(), publication.id(),
					attempts, failure);
		}
		else {
			logger.warn("Durable receiver {} of signal '{}' failed on publication {} (attempt {} of {}), retrying in {}: {}",
					target, publication.signal(), publication.id(), attempts,
					this.properties.getRetry().getMaxAttempts(), delay, failure.toString());
			if (recorded && this.running) {
				try {
					this.timer.schedule(() -> retry(publication.id()), delay.toMillis(), TimeUnit.MILLISECONDS);
				}
				catch (RejectedExecutionException ex) {
					// stopping: a resubmission delivers it when it is due
				}
			}
		}
	}

	/**
	 * Queues a publication again for its next attempt. The worker that failed it may not have
	 * let go of it yet; queued twice, it is still delivered once, as the second claim finds it
	 * locked or done.
	 */
	private void retry(UUID id) {
		this.inFlight.remove(id);
		submit(id);
	}

	private static String describe(Throwable failure) {
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		String text = trace.toString();
		return (text.length() > MAX_ERROR_LENGTH) ? text.substring(0, MAX_ERROR_LENGTH) : text;
	}

	/**
	 * Queues the due pending publications, as many as the queue has room for, and deletes the
	 * completed ones kept long enough.
	 */
	void resubmitDue() {
		if (this.targets.ids().isEmpty()) {
			return; // no durable receivers here: the database may have no table
		}
		try {
			Instant now = this.clock.instant();
			Duration retention = this.properties.getCompletedRetention();
			if (!retention.isZero()) {
				this.store.purgeCompleted(now.minus(retention));
			}
			int room = Math.min(this.properties.getResubmit().getBatchSize(), this.queue.remainingCapacity());
			if (room > 0) {
				this.store.due(now, List.copyOf(this.targets.ids()), room).forEach(this::submit);
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Could not look for durable publications to resubmit: {}", ex.toString());
		}
	}

	/** Starts the workers and the resubmission; again after a stop (a paused context restarts). */
	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		if (this.timer.isShutdown()) {
			this.timer = timer();
		}
		this.running = true;
		if (!this.targets.ids().isEmpty()) {
			startWorkers();
		}
		long interval = this.properties.getResubmit().getInterval().toMillis();
		long first = this.properties.getResubmit().isOnStartup() ? 0 : interval;
		this.timer.scheduleWithFixedDelay(this::resubmitDue, first, interval, TimeUnit.MILLISECONDS);
	}

	/** Starts the workers, unless they run: an application without durable targets has none. */
	private synchronized void startWorkers() {
		if (!this.running || !this.workers.isEmpty()) {
			return;
		}
		for (int i = 1; i <= this.properties.getWorkers(); i++) {
			Thread worker = new Thread(this::work, "signals-durable-" + i);
			worker.setDaemon(true);
			worker.start();
			this.workers.add(worker);
		}
	}

	/**
	 * Stops resubmitting and lets the deliveries under way finish; queued publications wait for a
	 * restart, and stay pending in the table when the context closes.
	 */
	@Override
	public synchronized void stop() {
		this.running = false;
		this.timer.shutdownNow();
		this.workers.forEach((worker) -> this.queue.offer(STOP));
		for (Thread worker : this.workers) {
			try {
				worker.join(TimeUnit.SECONDS.toMillis(30));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		this.workers.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Carries a checked exception of a target out of the transaction callback. */
	private static final class TargetFailure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		TargetFailure(Exception cause) {
			super(cause);
		}

	}

}
