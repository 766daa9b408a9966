package dev.signals.spring.jpa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.hibernate.FlushMode;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.spi.EventSource;
import org.jspecify.annotations.Nullable;

/**
 * The model-signal state of one Hibernate session: what was recorded while Hibernate worked and
 * must still be sent, and where the session is in its flush cycle.
 *
 * <p>Receivers never run while Hibernate executes its action queue. {@code pre_save} of a new
 * entity is sent when it is {@linkplain #sendPersisting persisted}; {@code pre_delete} and the
 * {@code pre_save} of changed entities in the {@linkplain #beforeFlush() pre-flush stage}, before
 * Hibernate looks at any entity; {@code post_save}, {@code post_delete} and the {@code post_*}
 * actions of {@code m2m_changed} are recorded during the flush and sent {@linkplain #afterFlush
 * after it}, followed by another flush for whatever the receivers changed, until nothing is left.
 */
final class SessionSignals {

	private final ModelSignals signals;

	private final EventSource session;

	private final int maxRounds;

	private final List<ModelEvent> after = new ArrayList<>();

	private final Removals removals = new Removals();

	private final Set<Object> announced = Collections.newSetFromMap(new IdentityHashMap<>());

	private int persistDepth;

	private boolean flushing;

	private boolean calledInFlush;

	private boolean preparing;

	private boolean dispatching;

	SessionSignals(ModelSignals signals, EventSource session, int maxRounds) {
		this.signals = signals;
		this.session = session;
		this.maxRounds = maxRounds;
	}

	/**
	 * Sends {@code pre_delete} for removals recorded since the last flush and {@code pre_save}
	 * for every entity about to be inserted or updated, repeating while receivers add more.
	 * Receivers run with auto-flush off, so their queries cannot re-enter the flush.
	 */
	void beforeFlush() {
		if (this.preparing) {
			this.flushing = true; // a receiver flushes explicitly: Hibernate flushes inside our stage
			return;
		}
		this.flushing = false;
		this.calledInFlush = false;
		boolean preSave = this.signals.preSave.hasReceivers();
		if (!preSave && !this.removals.hasPending()) {
			this.flushing = true;
			return;
		}
		this.preparing = true;
		FlushMode mode = this.session.getHibernateFlushMode();
		this.session.setHibernateFlushMode(FlushMode.MANUAL);
		try {
			for (int round = 1;; round++) {
				List<ModelEvent> sent = new ArrayList<>();
				sendPreDeletes(sent);
				if (preSave) {
					PreSaveScan.send(this.signals, this.session, this.announced, sent);
				}
				if (sent.isEmpty()) {
					break;
				}
				if (round >= this.maxRounds) {
					throw new FlushLoopException(this.signals.using, round, sent.toString());
				}
			}
		}
		finally {
			this.session.setHibernateFlushMode(mode);
			this.preparing = false;
		}
		this.flushing = true;
	}

	private void sendPreDeletes(List<ModelEvent> sent) {
		while (this.removals.hasPending()) {
			for (ModelEvent event : this.removals.takePending()) {
				Object entity = event.arguments().get("instance");
				if (entity != null && isRemoved(entity)) {
					sent.add(event);
					event.send();
				}
			}
		}
	}

	/** Whether an entity is removed, as opposed to managed again by a persist after its removal. */
	private boolean isRemoved(Object entity) {
		EntityEntry entry = this.session.getPersistenceContextInternal().getEntry(entity);
		return entry != null && entry.getStatus() == Status.DELETED;
	}

	/**
	 * Marks an entity as having had its {@code pre_save} for the coming write.
	 * @param entity the entity
	 * @return whether it was not marked yet
	 */
	boolean announce(Object entity) {
		return this.announced.add(entity);
	}

	/**
	 * Whether the pre-flush stage already sent {@code pre_save} for this entity; consumes the mark.
	 * @param entity the entity Hibernate is about to write
	 * @return whether {@code pre_save} was sent
	 */
	boolean consumeAnnounced(Object entity) {
		return this.announced.remove(entity);
	}

	/**
	 * Sends a signal at once, while Hibernate works: for entities Hibernate reaches only inside
	 * its flush (cascades on flush, orphans, collections) or that it inserts at persist time.
	 * Auto-flush is off meanwhile so that a query in a receiver cannot re-enter the flush. What a
	 * receiver called inside a flush changes may come too late for that flush, so another follows.
	 * @param event the event
	 */
	void sendNow(ModelEvent event) {
		this.calledInFlush |= this.flushing;
		FlushMode mode = this.session.getHibernateFlushMode();
		this.session.setHibernateFlushMode(FlushMode.MANUAL);
		try {
			event.send();
		}
		finally {
			this.session.setHibernateFlushMode(mode);
		}
	}

	/**
	 * Sends {@code pre_save} for an entity being persisted, before Hibernate takes its state for
	 * the insert. A receiver may persist further entities; a chain deeper than the configured
	 * rounds fails instead of overflowing the stack.
	 * @param event the event
	 */
	void sendPersisting(ModelEvent event) {
		if (this.persistDepth >= this.maxRounds) {
			throw new FlushLoopException(this.signals.using, event, this.persistDepth + 1);
		}
		this.persistDepth++;
		try {
			sendNow(event);
		}
		finally {
			this.persistDepth--;
		}
	}

	/**
	 * Forgets the entities of a cleared persistence context: their pending inserts and removals
	 * will not be written, and an entity persisted again gets its {@code pre_save} again. What was
	 * written already is still sent after the flush.
	 */
	void cleared() {
		this.announced.clear();
		this.removals.clear();
	}

	/**
	 * Records that a removal started (Hibernate's delete event, before it cascades).
	 * @param entity the entity being removed
	 * @param topLevel whether the application removed it, as opposed to a cascade
	 */
	void removalStarted(Object entity, boolean topLevel) {
		this.removals.started(entity, topLevel, isRemoved(entity));
	}

	/**
	 * Records that a removal was scheduled, after its cascades, and sends or defers its
	 * {@code pre_delete}: deferred to the pre-flush stage, or sent at once when Hibernate found the
	 * removal inside a flush (an orphan).
	 * @param sender the entity class
	 * @param entity the removed entity
	 * @param wantsPre whether {@code pre_delete} has receivers for this sender
	 * @param deleted whether Hibernate did schedule the removal (it ignores transient entities)
	 */
	void removalScheduled(Class<?> sender, Object entity, boolean wantsPre, boolean deleted) {
		Object origin = this.removals.finished(entity, deleted);
		if (origin == null || !wantsPre) {
			return;
		}
		ModelEvent event = this.signals.delete(this.signals.preDelete, sender, entity, origin);
		if (this.flushing) {
			sendNow(event);
		}
		else {
			this.removals.defer(event);
		}
	}

	/**
	 * The entity whose removal started the removal of this one.
	 * @param entity a deleted entity
	 * @return its origin, the entity itself when unknown
	 */
	Object originOf(Object entity) {
		return this.removals.originOf(entity);
	}

	/**
	 * Queues a signal to send once the flush is over.
	 * @param event the event
	 */
	void sendAfter(ModelEvent event) {
		this.after.add(event);
	}

	/**
	 * Ends a flush: sends what was queued during it, then flushes what the receivers changed,
	 * repeating until no receiver changes anything more. When receivers were called inside the
	 * flush (a {@code pre_save} Hibernate sent while writing, say), their changes and saves came
	 * too late for it and are flushed as well, so that nothing is left for a commit that does not
	 * flush again.
	 * @param executed whether the flush wrote (an auto-flush may decide not to)
	 */
	void afterFlush(boolean executed) {
		this.flushing = false;
		if (executed && !this.announced.isEmpty()) {
			// what the flush did not write had its change undone; an entity not in the context yet
			// is being persisted right now (a pre_save receiver flushed) and keeps its mark
			PersistenceContext context = this.session.getPersistenceContextInternal();
			this.announced.removeIf((entity) -> context.getEntry(entity) != null);
		}
		if (this.dispatching) {
			return;
		}
		drain(executed, () -> {
			this.session.flush();
			return null;
		});
	}

	/** Sends what an insert at persist time queued (identity columns), without flushing. */
	void afterOperation() {
		if (!this.flushing && !this.preparing && !this.dispatching) {
			drain(false, () -> null);
		}
	}

	private void drain(boolean flushQueued, Supplier<@Nullable Void> then) {
		if (!hasWork(flushQueued)) {
			return;
		}
		this.dispatching = true;
		try {
			for (int round = 1; hasWork(flushQueued); round++) {
				if (round > this.maxRounds) {
					throw new FlushLoopException(this.signals.using, round - 1, this.after.toString());
				}
				List<ModelEvent> batch = new ArrayList<>(this.after);
				this.after.clear();
				this.calledInFlush = false;
				for (ModelEvent event : batch) {
					event.send();
				}
				then.get();
			}
		}
		catch (RuntimeException | Error ex) {
			this.after.clear();
			this.calledInFlush = false;
			throw ex;
		}
		finally {
			this.dispatching = false;
		}
	}

	private boolean hasWork(boolean flushQueued) {
		return !this.after.isEmpty()
				|| (flushQueued && (this.calledInFlush || this.session.getActionQueue().hasAnyQueuedActions()));
	}

}
