package dev.signals.spring.durable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
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
 * Delivers publications on a bounded pool of workers. Each delivery is one transaction, so one
 * connection: it locks the publication ({@code FOR UPDATE SKIP LOCKED}, so no two instances
 * deliver it at the same time), loads its arguments, calls the target and completes the
 * publication; the target's own writes commit with the completion. A failed delivery is rolled
 * back and recorded with its error, retried with backoff, and marked failed after the last
 * attempt. Periodically, and at startup, pending publications that are due (never attempted and
 * older than the minimum age, or waiting for a retry) are handed to the workers again.
 */
final class Deliveries implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(Deliveries.class);

	private static final int MAX_ERROR_LENGTH = 4000;

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

	private volatile ThreadPoolExecutor workers;

	private volatile ScheduledThreadPoolExecutor timer;

	/** Publications queued or being delivered by this instance. */
	private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();

	private volatile boolean running;

	Deliveries(PublicationStore store, ArgumentCodec codec, DurableTargets targets, TransactionTemplate transaction,
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
		this.workers = workers(properties);
		this.timer = timer();
	}

	private static ThreadPoolExecutor workers(DurableProperties properties) {
		return new ThreadPoolExecutor(properties.getWorkers(), properties.getWorkers(), 0, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(properties.getQueueCapacity()), threads("signals-durable-"));
	}

	private static ScheduledThreadPoolExecutor timer() {
		ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, threads("signals-durable-timer-"));
		timer.setRemoveOnCancelPolicy(true);
		return timer;
	}

	private static CustomizableThreadFactory threads(String prefix) {
		CustomizableThreadFactory factory = new CustomizableThreadFactory(prefix);
		factory.setDaemon(true);
		return factory;
	}

	/**
	 * Queues a publication for delivery; when the queue is full it stays in the table for the
	 * next resubmission.
	 * @param id the publication
	 */
	void submit(UUID id) {
		if (!this.inFlight.add(id)) {
			return;
		}
		try {
			this.workers.execute(() -> {
				try {
					deliver(id);
				}
				finally {
					this.inFlight.remove(id);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			this.inFlight.remove(id);
			logger.debug("Durable publication {} waits for the next resubmission: the delivery queue is full", id);
		}
	}

	/**
	 * Delivers one publication now, on this thread.
	 * @param id the publication
	 */
	void deliver(UUID id) {
		Attempt attempt = new Attempt();
		try {
			this.transaction.executeWithoutResult((status) -> attempt.run(id));
		}
		catch (RuntimeException | Error ex) {
			Throwable failure = (ex instanceof TargetFailure) ? ex.getCause() : ex;
			if (attempt.publication != null && attempt.target != null) {
				failed(attempt.publication, attempt.target, failure);
			}
			else {
				logger.warn("Could not deliver durable publication {}; it stays pending for a resubmission: {}", id,
						failure.toString());
			}
			return;
		}
		if (attempt.publication != null && attempt.target != null) {
			this.metrics.attempted(attempt.target, Outcome.COMPLETED, attempt.publication.attempts() + 1);
		}
	}

	/** One delivery, run in its transaction. */
	private final class Attempt {

		@Nullable Publication publication;

		@Nullable DurableTarget target;

		void run(UUID id) {
			Publication publication = Deliveries.this.store.claim(id, Deliveries.this.clock.instant());
			if (publication == null) {
				return; // completed, failed, not due, or being delivered elsewhere
			}
			DurableTarget target = Deliveries.this.targets.get(publication.signal(), publication.receiver());
			if (target == null) {
				logger.debug("Durable publication {} is for {}, which this instance does not have", id,
						publication.receiver());
				return;
			}
			this.publication = publication;
			this.target = target;
			SignalEvent event = Deliveries.this.codec.decode(target, publication.payload());
			observe(publication, target, event);
			Deliveries.this.store.complete(id, Deliveries.this.clock.instant(),
					!Deliveries.this.properties.getCompletedRetention().isZero());
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
					this.timer.schedule(() -> submit(publication.id()), delay.toMillis(), TimeUnit.MILLISECONDS);
				}
				catch (RejectedExecutionException ex) {
					// stopping: a resubmission delivers it when it is due
				}
			}
		}
	}

	private static String describe(Throwable failure) {
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		String text = trace.toString();
		return (text.length() > MAX_ERROR_LENGTH) ? text.substring(0, MAX_ERROR_LENGTH) : text;
	}

	/**
	 * Hands the due pending publications to the workers, as many as the queue has room for, and
	 * deletes the completed ones kept long enough.
	 */
	void resubmitDue() {
		try {
			Instant now = this.clock.instant();
			Duration retention = this.properties.getCompletedRetention();
			if (!retention.isZero()) {
				this.store.purgeCompleted(now.minus(retention));
			}
			int room = Math.min(this.properties.getResubmit().getBatchSize(), this.workers.getQueue().remainingCapacity());
			if (room > 0) {
				this.store.due(now, List.copyOf(this.targets.ids()), room).forEach(this::submit);
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Could not look for durable publications to resubmit: {}", ex.toString());
		}
	}

	/** Starts resubmitting, with new workers when it was stopped before (a paused context restarts). */
	@Override
	public synchronized void start() {
		if (this.workers.isShutdown()) {
			this.workers = workers(this.properties);
			this.timer = timer();
		}
		this.running = true;
		long interval = this.properties.getResubmit().getInterval().toMillis();
		long first = this.properties.getResubmit().isOnStartup() ? 0 : interval;
		this.timer.scheduleWithFixedDelay(this::resubmitDue, first, interval, TimeUnit.MILLISECONDS);
	}

	/** Stops resubmitting and lets the deliveries under way finish; queued ones stay pending in the table. */
	@Override
	public synchronized void stop() {
		this.running = false;
		this.timer.shutdownNow();
		this.workers.getQueue().clear();
		this.workers.shutdown();
		try {
			if (!this.workers.awaitTermination(30, TimeUnit.SECONDS)) {
				this.workers.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			this.workers.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}

	/** Stops the workers when the context closes without having started. */
	public void close() {
		stop();
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
