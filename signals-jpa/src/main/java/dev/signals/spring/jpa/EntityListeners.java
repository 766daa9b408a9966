package dev.signals.spring.jpa;

import dev.signals.Signal;
import dev.signals.spring.jpa.Announcements.Write;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.AbstractPreDatabaseOperationEvent;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostLoadEvent;
import org.hibernate.event.spi.PostLoadEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;

/**
 * Hibernate's per-row events. They fire while Hibernate executes its action queue, so they only
 * record: {@code post_save} is queued for after the flush. {@code pre_save} was normally sent at
 * persist or in the pre-flush stage already; for a row the stage did not see it is sent here (an
 * update Hibernate decides on inside the flush, such as the version increment of a collection
 * change). Deletions are followed through Hibernate's delete event instead of a post-delete
 * listener, whose mere presence stops Hibernate from deleting unloaded references without loading.
 */
final class EntityListeners implements PreInsertEventListener, PreUpdateEventListener, PostInsertEventListener,
		PostUpdateEventListener, PostLoadEventListener {

	private final ModelSignalBridge bridge;

	EntityListeners(ModelSignalBridge bridge) {
		this.bridge = bridge;
	}

	@Override
	public boolean onPreInsert(PreInsertEvent event) {
		SessionSignals state = stateForUnannouncedPreSave(event, Write.INSERT);
		if (state != null) {
			EntityPersister persister = event.getPersister();
			@Nullable Object[] before = EntityStates.snapshot(persister, event.getEntity());
			state.sendNow(this.bridge.signals().preSave(persister.getMappedClass(), event.getEntity(), null));
			EntityStates.copyChanges(persister, event.getEntity(), before, event.getState());
		}
		return false;
	}

	@Override
	public boolean onPreUpdate(PreUpdateEvent event) {
		SessionSignals state = stateForUnannouncedPreSave(event, Write.UPDATE);
		if (state != null) {
			EntityPersister persister = event.getPersister();
			int[] dirty = dirty(persister, event.getState(), event.getOldState(), event.getEntity(),
					event.getSession());
			state.sendNow(this.bridge.signals().preSave(persister.getMappedClass(), event.getEntity(),
					(dirty != null) ? new Dirty(persister, dirty, event.getOldState()) : null));
			// not copied into the state: the UPDATE may write only the columns found dirty before, and
			// the version is already incremented; the changes are written by the next flush round
		}
		return false;
	}

	/**
	 * The session's signal state when this row's {@code pre_save} has receivers and was not sent
	 * before the flush (so it must be sent now, while Hibernate writes).
	 * @param event the insert or update about to be written
	 * @param write which of the two
	 * @return the state to send through, or {@code null} when there is nothing to send
	 */
	private @Nullable SessionSignals stateForUnannouncedPreSave(AbstractPreDatabaseOperationEvent event, Write write) {
		SessionSignals state = stateIfHeard(event.getSession(), this.bridge.signals().preSave,
				event.getPersister().getMappedClass());
		return (state == null || state.consumeAnnounced(event.getEntity(), write)) ? null : state;
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		Class<?> sender = event.getPersister().getMappedClass();
		SessionSignals state = stateIfHeard(event.getSession(), this.bridge.signals().postSave, sender);
		if (state != null) {
			state.sendAfter(this.bridge.signals().postSave(sender, event.getEntity(), true, null));
		}
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		EntityPersister persister = event.getPersister();
		Class<?> sender = persister.getMappedClass();
		SessionSignals state = stateIfHeard(event.getSession(), this.bridge.signals().postSave, sender);
		if (state == null) {
			return;
		}
		int[] dirty = event.getDirtyProperties();
		if (dirty == null) {
			dirty = dirty(persister, event.getState(), event.getOldState(), event.getEntity(), event.getSession());
		}
		state.sendAfter(this.bridge.signals().postSave(sender, event.getEntity(), false,
				(dirty != null) ? new Dirty(persister, dirty, event.getOldState()) : null));
	}

	@Override
	public void onPostLoad(PostLoadEvent event) {
		Class<?> sender = event.getPersister().getMappedClass();
		if (this.bridge.isAttached() && this.bridge.signals().postInit.hasListeners(sender)) {
			this.bridge.state(event.getSession()).sendNow(this.bridge.signals().postInit(sender, event.getEntity()));
		}
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	/**
	 * The session's signal state when the bridge is attached and the signal has receivers for the
	 * sender, asked once per flush and class ({@link SessionSignals#heard}).
	 * @param session the session Hibernate writes with
	 * @param signal the signal to send
	 * @param sender the entity class
	 * @return the state to send through, or {@code null} when there is nothing to send
	 */
	private @Nullable SessionSignals stateIfHeard(SharedSessionContractImplementor session, Signal signal,
			Class<?> sender) {
		if (!(session instanceof EventSource source) || !this.bridge.isAttached()) {
			return null;
		}
		SessionSignals state = this.bridge.existingState(source);
		if (state != null) {
			return state.heard(signal, sender) ? state : null;
		}
		// a muted signal has no listeners for any sender
		return signal.hasListeners(sender) ? this.bridge.state(source) : null;
	}

	private static int @Nullable [] dirty(EntityPersister persister, @Nullable Object[] state,
			@Nullable Object @Nullable [] old, Object entity, SharedSessionContractImplementor session) {
		return (old != null) ? persister.findDirty(state, old, entity, session) : null;
	}

}
