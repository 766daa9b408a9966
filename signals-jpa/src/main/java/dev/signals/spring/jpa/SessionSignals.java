package dev.signals.spring.jpa;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import dev.signals.Signal;
import dev.signals.spring.jpa.Announcements.Write;
import dev.signals.spring.jpa.Removals.Deletion;
import org.hibernate.FlushMode;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.spi.AutoFlushEvent;
import org.hibernate.event.spi.EventSource;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;
import org.jspecify.annotations.Nullable;

/**
 * The model-signal state of one Hibernate session: where it is in its flush cycle, and what was
 * recorded while Hibernate worked and must still be sent.
 *
 * <p>Receivers never run while Hibernate executes its action queue. {@code pre_save} of a new
 * entity is sent when it is persisted; {@code pre_delete} and the {@code pre_save} of changed
 * entities in the {@linkplain Stage#PREPARING pre-flush stage} of a flush that writes;
 * {@code post_save}, {@code post_delete} and the {@code post_*} actions of {@code m2m_changed}
 * are recorded while Hibernate writes and sent after the flush, followed by another flush only if
 * the receivers changed something. A failed flush, a clear, the end of the transaction and the
 * end of the session discard what was recorded and not sent.
 */
final class SessionSignals {

	/** Where the session is in its flush cycle. */
	enum Stage {

		/** No flush under way. */
		IDLE,

		/** The pre-flush stage runs {@code pre_delete} and {@code pre_save} receivers. */
		PREPARING,

		/** Hibernate flushes; a flush that fails stays here until the next step discards its records. */
		WRITING,

		/**
		 * Hibernate runs an auto-flush that was foreseen not to write: it checks the entities and may
		 * find orphans, whose {@code pre_delete} waits for the flush that deletes them.
		 */
		CHECKING,

		/** The signals a flush recorded are sent; a flush caused meanwhile leaves its own for this loop. */
		DISPATCHING

	}

	private final ModelSignalSet signals;

	private final EventSource session;

	private final int maxRounds;

	private final DeleteOrder deleteOrder;

	private final List<ModelEvent> after = new ArrayList<>();

	private final Removals removals = new Removals();

	private final Announcements announced = new Announcements();

	private Stage stage = Stage.IDLE;

	/** Whether a receiver ran while Hibernate flushed: what it changed came too late for that flush. */
	private boolean calledInFlush;

	private @Nullable Throwable receiverFailure;

	private boolean hibernateFlushing;

	private final HeardInFlush preSaveHeard;

	private final HeardInFlush postSaveHeard;

	private boolean looping;

	private int persistDepth;

	SessionSignals(ModelSignalSet signals, EventSource session, int maxRounds, DeleteOrder deleteOrder) {
		this.signals = signals;
		this.session = session;
		this.maxRounds = maxRounds;
		this.deleteOrder = deleteOrder;
		this.preSaveHeard = new HeardInFlush(signals.preSave);
		this.postSaveHeard = new HeardInFlush(signals.postSave);
	}

	/** @return the session this state belongs to */
	EventSource session() {
		return this.session;
	}

	/**
	 * Hibernate started or ended a flush, as its session events tell, also when the flush fails.
	 * @param flushing whether it is flushing now
	 */
	void hibernateFlushing(boolean flushing) {
		this.hibernateFlushing = flushing;
		this.preSaveHeard.forget();
		this.postSaveHeard.forget();
	}

	/**
	 * Whether a signal has listeners for an entity class; {@code pre_save} and {@code post_save},
	 * asked for every row Hibernate writes, are asked once per flush and class.
	 * @param signal the signal
	 * @param sender the entity class
	 * @return whether a send for the class would call a receiver
	 */
	boolean heard(Signal signal, Class<?> sender) {
		HeardInFlush asked = (signal == this.signals.preSave) ? this.preSaveHeard
				: (signal == this.signals.postSave) ? this.postSaveHeard : null;
		return (asked != null) ? asked.heard(sender, this.hibernateFlushing) : signal.hasListeners(sender);
	}

	/**
	 * Starts a flush: runs the pre-flush stage when the flush will write and a receiver needs it.
	 * @param autoFlush the auto-flush before a query, or {@code null} for a full flush
	 */
	void beforeFlush(@Nullable AutoFlushEvent autoFlush) {
		if (this.stage == Stage.PREPARING) {
			return; // a receiver of the stage flushes: Hibernate writes inside the stage
		}
		discardIfFailed();
		boolean stage = this.signals.preSave.hasReceivers() || this.removals.hasPending();
		boolean writes = autoFlush == null || (!stage && !this.signals.preDelete.hasReceivers())
				|| FlushPrediction.writes(autoFlush);
		if (writes && stage) {
			prepare();
		}
		this.stage = writes ? Stage.WRITING : Stage.CHECKING;
	}

	/**
	 * Sends {@code pre_delete} for removals recorded since the last flush and {@code pre_save}
	 * for every entity about to be inserted or updated, repeating while receivers add more.
	 * Receivers run with auto-flush off, so their queries cannot re-enter the flush.
	 */
	private void prepare() {
		this.stage = Stage.PREPARING;
		FlushMode mode = this.session.getHibernateFlushMode();
		this.session.setHibernateFlushMode(FlushMode.MANUAL);
		try {
			for (int round = 1;; round++) {
				List<ModelEvent> sent = new ArrayList<>();
				sendPreDeletes(sent);
				if (this.signals.preSave.hasReceivers()) {
					PreSaveScan.send(this.signals, this.session, this.announced, sent, this::deliver);
				}
				if (sent.isEmpty()) {
					break;
				}
				if (round >= this.maxRounds) {
					throw new FlushLoopException(this.signals.using, round, sent.toString());
				}
			}
		}
		catch (RuntimeException | Error ex) {
			discard();
			throw ex;
		}
		finally {
			this.session.setHibernateFlushMode(mode);
		}
	}

	private void sendPreDeletes(List<ModelEvent> sent) {
		while (this.removals.hasPending()) {
			for (ModelEvent event : this.deleteOrder.sort(this.removals.takePending(), ModelEvent::sender)) {
				if (isDeleted(event.instance())) {
					sent.add(event);
					deliver(event);
				}
			}
		}
	}

	/**
	 * Whether an entity is scheduled for deletion: removed and not persisted again, or a reference
	 * Hibernate deletes without loading it.
	 * @param entity an entity or an uninitialized reference
	 * @return whether its row is to be deleted
	 */
	boolean isDeleted(Object entity) {
		LazyInitializer reference = HibernateProxy.extractLazyInitializer(entity);
		if (reference != null && reference.isUninitialized()) {
			EntityPersister persister = this.session.getFactory()
				.getMappingMetamodel()
				.getEntityDescriptor(reference.getEntityName());
			return this.session.getPersistenceContextInternal()
				.containsDeletedUnloadedEntityKey(this.session.generateEntityKey(reference.getInternalIdentifier(),
						persister));
		}
		return statusOf(entity) == Status.DELETED;
	}

	private @Nullable Status statusOf(Object entity) {
		EntityEntry entry = this.session.getPersistenceContextInternal().getEntry(entity);
		return (entry != null) ? entry.getStatus() : null;
	}

	/**
	 * Ends a flush: sends what it recorded, then flushes again while receivers change something.
	 * @param executed whether the flush wrote (an auto-flush may decide not to)
	 */
	void afterFlush(boolean executed) {
		if (this.stage == Stage.PREPARING) {
			return; // flushed by a receiver of the stage; the stage goes on
		}
		if (!executed) {
			// nothing was written: what is dirty is the application's own, still to be flushed
			this.announced.forgetUpdates();
			this.calledInFlush = false;
			this.stage = this.looping ? Stage.DISPATCHING : Stage.IDLE;
			return;
		}
		PersistenceContext context = this.session.getPersistenceContextInternal();
		this.announced.flushed(context, this.persistDepth > 0);
		sendLatePreDeletes();
		queueExecutedDeletions(context);
		if (this.looping) {
			this.stage = Stage.DISPATCHING;
			return;
		}
		this.stage = Stage.IDLE;
		dispatch(true);
	}

	/**
	 * Sends the {@code pre_delete} of orphans found by an auto-flush foreseen not to write that
	 * wrote after all: late, after their rows went, but not lost.
	 */
	private void sendLatePreDeletes() {
		if (this.removals.hasPending()) {
			for (ModelEvent event : this.deleteOrder.sort(this.removals.takePending(), ModelEvent::sender)) {
				if (statusOf(event.instance()) != Status.MANAGED) {
					sendNow(event);
				}
			}
		}
	}

	private void queueExecutedDeletions(PersistenceContext context) {
		if (this.removals.deletions().isEmpty()) {
			return;
		}
		List<Deletion> executed = new ArrayList<>();
		Iterator<Deletion> deletions = this.removals.deletions().iterator();
		while (deletions.hasNext()) {
			Deletion deletion = deletions.next();
			EntityEntry entry = context.getEntry(deletion.entity());
			if (entry == null || entry.getStatus() == Status.GONE) {
				executed.add(deletion);
				deletions.remove();
			}
			else if (entry.getStatus() != Status.DELETED) {
				deletions.remove(); // persisted again before the flush: not deleted
			}
		}
		for (Deletion deletion : this.deleteOrder.sort(executed, Deletion::sender)) {
			this.after.add(this.signals.delete(this.signals.postDelete, deletion.sender(), deletion.entity(),
					deletion.origin()));
		}
	}

	/**
	 * Sends what was recorded, and with {@code flushChanges} flushes what the receivers changed,
	 * until nothing more happens.
	 */
	private void dispatch(boolean flushChanges) {
		if (this.after.isEmpty() && (!flushChanges || !this.calledInFlush)) {
			return;
		}
		this.looping = true;
		this.stage = Stage.DISPATCHING;
		try {
			String changed = null;
			List<ModelEvent> batch = List.of();
			for (int round = 1; !this.after.isEmpty() || (flushChanges && this.calledInFlush); round++) {
				if (round > this.maxRounds) {
					throw new FlushLoopException(this.signals.using, round - 1, batch.toString(), changed);
				}
				this.calledInFlush = false;
				batch = new ArrayList<>(this.after);
				this.after.clear();
				for (ModelEvent event : batch) {
					deliver(event);
				}
				if (!flushChanges || !Changes.any(this.session)) {
					break;
				}
				if (round == this.maxRounds) {
					changed = Changes.describe(this.session); // for the message, if the next round fails
				}
				this.session.flush();
			}
		}
		catch (RuntimeException | Error ex) {
			discard();
			throw ex;
		}
		finally {
			this.looping = false;
			this.stage = Stage.IDLE;
		}
	}

	/** Sends a signal, remembering what a receiver throws so that it is never taken for Hibernate's. */
	private void deliver(ModelEvent event) {
		try {
			event.send();
		}
		catch (RuntimeException | Error ex) {
			this.receiverFailure = ex;
			throw ex;
		}
	}

	/**
	 * Whether an exception is, or is caused by, one that a receiver threw.
	 * @param failure an exception out of a flush
	 * @return whether a receiver threw it
	 */
	boolean isReceiverFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause == this.receiverFailure) {
				return true;
			}
		}
		return false;
	}

	/** Sends what an insert at persist time recorded (identity columns), without flushing. */
	void afterOperation() {
		discardIfFailed();
		if (this.stage == Stage.IDLE) {
			dispatch(false);
		}
	}

	/**
	 * Sends a signal at once, while Hibernate works: for entities Hibernate reaches only inside
	 * its flush (cascades on flush, orphans, collections) or that it inserts at persist time.
	 * Auto-flush is off meanwhile so that a query in a receiver cannot re-enter the flush. What a
	 * receiver called inside a flush changes comes too late for that flush, so another follows.
	 * @param event the event
	 */
	void sendNow(ModelEvent event) {
		this.calledInFlush |= this.hibernateFlushing;
		FlushMode mode = this.session.getHibernateFlushMode();
		this.session.setHibernateFlushMode(FlushMode.MANUAL);
		try {
			deliver(event);
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
		discardIfFailed();
		if (this.persistDepth >= this.maxRounds) {
			throw new FlushLoopException(this.signals.using, event, this.persistDepth + 1);
		}
		this.announced.announce(event.instance(), Write.INSERT);
		this.persistDepth++;
		try {
			sendNow(event);
		}
		finally {
			this.persistDepth--;
		}
	}

	/**
	 * Whether the {@code pre_save} of a write Hibernate is about to perform was sent; takes the mark.
	 * @param entity the entity
	 * @param write the write
	 * @return whether it was sent
	 */
	boolean consumeAnnounced(Object entity, Write write) {
		return this.announced.consume(entity, write);
	}

	/** @return whether the entity's insert had its {@code pre_save} already (persisted with a receiver) */
	boolean isAnnounced(Object entity) {
		return this.announced.has(entity, Write.INSERT);
	}

	/**
	 * Forgets the entities of a cleared persistence context: their pending writes will not happen,
	 * and an entity persisted again gets its {@code pre_save} again.
	 */
	void cleared() {
		discardIfFailed();
		this.announced.clear();
		this.removals.clear();
	}

	/** The transaction ended: nothing recorded and not sent belongs to the next one. */
	void transactionCompleted() {
		this.receiverFailure = null;
		if (!this.looping) {
			discard();
		}
	}

	/**
	 * Records that a removal started (Hibernate's delete event, before it cascades).
	 * @param entity the entity being removed
	 * @param topLevel whether the application removed it, as opposed to a cascade
	 */
	void removalStarted(Object entity, boolean topLevel) {
		discardIfFailed();
		this.removals.started(entity, topLevel, isDeleted(entity));
	}

	/**
	 * Records that a removal was scheduled, after its cascades: sends or defers its
	 * {@code pre_delete} (deferred to the pre-flush stage, sent at once when Hibernate found the
	 * removal inside a flush, an orphan) and records the deletion for its {@code post_delete}.
	 * @param sender the entity class
	 * @param entity the removed entity
	 * @param deleted whether Hibernate did schedule the removal (it ignores transient entities)
	 */
	void removalScheduled(Class<?> sender, Object entity, boolean deleted) {
		Object origin = this.removals.finished(entity, deleted);
		if (origin == null) {
			return;
		}
		if (this.signals.postDelete.hasListeners(sender)) {
			this.removals.scheduled(new Deletion(sender, entity, origin));
		}
		if (this.signals.preDelete.hasListeners(sender)) {
			ModelEvent event = this.signals.delete(this.signals.preDelete, sender, entity, origin);
			if (this.hibernateFlushing && this.stage != Stage.CHECKING) {
				sendNow(event);
			}
			else {
				this.removals.defer(event);
			}
		}
	}

	/**
	 * Queues a signal to send once the flush is over.
	 * @param event the event
	 */
	void sendAfter(ModelEvent event) {
		this.after.add(event);
	}

	private void discardIfFailed() {
		if ((this.stage == Stage.WRITING || this.stage == Stage.CHECKING) && !this.hibernateFlushing) {
			discard(); // the flush threw: what it recorded was not written
		}
	}

	private void discard() {
		this.after.clear();
		this.calledInFlush = false;
		this.announced.clear();
		this.removals.clear();
		this.stage = Stage.IDLE;
	}

	/** @return how many entities and signals this session holds on to, for inspection */
	int retained() {
		return this.after.size() + this.announced.size() + this.removals.retained();
	}

}
