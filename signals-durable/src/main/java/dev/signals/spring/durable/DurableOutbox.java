package dev.signals.spring.durable;

import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import dev.signals.SignalEvent;
import dev.signals.spring.QuietBeforeCommit;
import dev.signals.spring.ReceiverDeclarationException;
import dev.signals.spring.ReceiverMethod;
import dev.signals.spring.ReceiverOutbox;
import dev.signals.spring.jpa.ModelSignals;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.SenderContext;
import tools.jackson.databind.ObjectMapper;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores one publication per durable target and send, in the sending transaction when one is
 * active (so that it exists if and only if the transaction commits) and hands it to the
 * {@link Deliveries} after commit; with no transaction it is stored and handed over at once. The
 * send is a {@code signals.durable.store} observation whose propagated context is stored with the
 * publication, for the delivery to continue the trace.
 */
public final class DurableOutbox implements ReceiverOutbox {

	private static final Set<String> DELETE_SIGNALS = Set.of(ModelSignals.PRE_DELETE, ModelSignals.POST_DELETE);

	private final PublicationStore store;

	private final ArgumentCodec codec;

	private final DurableTargets targets;

	private final Deliveries deliveries;

	private final DataSource dataSource;

	private final ObjectMapper json;

	private final ObservationRegistry observations;

	private final Clock clock;

	private final Duration minAge;

	private final Map<ReceiverMethod, MethodTarget> methods = new ConcurrentHashMap<>();

	public DurableOutbox(PublicationStore store, ArgumentCodec codec, DurableTargets targets, Deliveries deliveries,
			DataSource dataSource, ObjectMapper json, ObservationRegistry observations, Clock clock, Duration minAge) {
		this.store = store;
		this.codec = codec;
		this.targets = targets;
		this.deliveries = deliveries;
		this.dataSource = dataSource;
		this.json = json;
		this.observations = observations;
		this.clock = clock;
		this.minAge = minAge;
	}

	@Override
	public void register(ReceiverMethod receiver) {
		MethodTarget target = new MethodTarget(receiver);
		for (Map.Entry<String, Type> argument : target.arguments().entrySet()) {
			String problem = this.codec.problem(argument.getValue());
			if (problem != null) {
				throw new ReceiverDeclarationException(receiver.toString(), "it is durable, but its parameter '"
						+ argument.getKey() + "' (" + argument.getValue().getTypeName() + ") cannot be stored: " + problem
						+ ". Take a value Jackson can write and read back, an entity, or an id instead");
			}
		}
		if (DELETE_SIGNALS.contains(receiver.getSignal().name()) && target.arguments().containsKey("instance")) {
			throw new ReceiverDeclarationException(receiver.toString(), "it is durable and takes the 'instance' of signal '"
					+ receiver.getSignal().name() + "', but that entity is deleted when the transaction commits, so "
					+ "the delivery cannot load it; copy what you need in a receiver that is not durable and send your "
					+ "own signal, or take only the sender");
		}
		try {
			add(target);
		}
		catch (IllegalStateException ex) {
			throw new ReceiverDeclarationException(receiver.toString(), ex.getMessage());
		}
		this.methods.put(receiver, target);
	}

	/**
	 * Adds a durable target that is not a {@code @Receiver} method, such as the sending of a signal
	 * to a broker; its publications are stored with {@link #store(DurableTarget, SignalEvent)}.
	 * @param target the target
	 * @throws IllegalStateException when another target of its signal has its id
	 */
	public void add(DurableTarget target) {
		this.targets.add(target);
	}

	@Override
	public void store(ReceiverMethod receiver, SignalEvent event) {
		MethodTarget target = this.methods.get(receiver);
		if (target == null) {
			throw new IllegalStateException("Durable receiver " + receiver + " was not registered");
		}
		store(target, event);
	}

	/**
	 * Stores one publication of a target: in the sending transaction, delivered after it commits;
	 * with no transaction, committed and delivered at once.
	 * @param target the target, {@linkplain #add(DurableTarget) added} before
	 * @param event the send
	 * @throws IllegalArgumentException when a value cannot be stored
	 * @throws IllegalStateException when the active transaction does not manage the publications' DataSource
	 */
	public void store(DurableTarget target, SignalEvent event) {
		String payload = this.codec.encode(target, event);
		boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive();
		if (inTransaction && !TransactionSynchronizationManager.hasResource(this.dataSource)) {
			throw new IllegalStateException("Durable receiver " + target + " of signal '" + event.signal().name()
					+ "' cannot store its publication in the active transaction: that transaction does not manage "
					+ "the DataSource of the publication table, so the publication would not commit or roll back with it. "
					+ "Send the signal in a transaction of the application's transaction manager");
		}
		Instant now = this.clock.instant();
		UUID id = PublicationIds.next(now.toEpochMilli());
		Map<String, String> headers = new LinkedHashMap<>();
		SenderContext<Map<String, String>> context = new SenderContext<>((carrier, key, value) -> {
			if (carrier != null) {
				carrier.put(key, value);
			}
		});
		context.setCarrier(headers);
		Observation.createNotStarted("signals.durable.store", () -> context, this.observations)
			.contextualName("store " + event.signal().name())
			.lowCardinalityKeyValue("signal", event.signal().name())
			.lowCardinalityKeyValue("receiver", target.id())
			.observe(() -> this.store.insert(id, event.signal().name(), target.id(), payload,
					headers.isEmpty() ? null : this.json.writeValueAsString(headers), now, now.plus(this.minAge)));
		if (inTransaction) {
			afterCommit(id);
		}
		else {
			this.deliveries.submit(id);
		}
	}

	/**
	 * Hands the publications stored in the current transaction to the workers once it committed:
	 * one synchronization per transaction (a suspended one keeps its own).
	 */
	private void afterCommit(UUID id) {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof Committed committed && committed.outbox() == this) {
				committed.ids.add(id);
				return;
			}
		}
		Committed committed = new Committed();
		committed.ids.add(id);
		TransactionSynchronizationManager.registerSynchronization(committed);
	}

	private final class Committed implements QuietBeforeCommit {

		private final List<UUID> ids = new ArrayList<>();

		DurableOutbox outbox() {
			return DurableOutbox.this;
		}

		@Override
		public void afterCommit() {
			this.ids.forEach(DurableOutbox.this.deliveries::submit);
		}

	}

	/**
	 * The text that identifies a value, such as the key of a message sent from a publication: an
	 * entity's id, a class's name, the text of a string, number, boolean, enum or UUID, else its JSON.
	 * @param value the value
	 * @return the text
	 */
	public String identity(Object value) {
		return this.codec.identity(value);
	}

}
