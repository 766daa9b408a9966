package dev.signals.spring.jpa;

import org.hibernate.Hibernate;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.event.spi.AutoFlushEvent;
import org.hibernate.event.spi.AutoFlushEventListener;
import org.hibernate.event.spi.ClearEvent;
import org.hibernate.event.spi.ClearEventListener;
import org.hibernate.event.spi.DeleteContext;
import org.hibernate.event.spi.DeleteEvent;
import org.hibernate.event.spi.DeleteEventListener;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.FlushEvent;
import org.hibernate.event.spi.FlushEventListener;
import org.hibernate.event.spi.MergeContext;
import org.hibernate.event.spi.MergeEvent;
import org.hibernate.event.spi.MergeEventListener;
import org.hibernate.event.spi.PersistContext;
import org.hibernate.event.spi.PersistEvent;
import org.hibernate.event.spi.PersistEventListener;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;
import org.jspecify.annotations.Nullable;

/**
 * The listeners around Hibernate's own flush and delete listeners: {@link Before} runs ahead of
 * them, {@link After} once they are done.
 */
final class FlushListeners {

	private FlushListeners() {
	}

	/**
	 * Runs before Hibernate flushes (the pre-flush stage), before it persists a new entity (its
	 * {@code pre_save}, in time for the insert) and before it handles a removal.
	 */
	static final class Before implements FlushEventListener, AutoFlushEventListener, DeleteEventListener,
			PersistEventListener {

		private final ModelSignalBridge bridge;

		Before(ModelSignalBridge bridge) {
			this.bridge = bridge;
		}

		@Override
		public void onFlush(FlushEvent event) {
			beforeFlush(event.getSession(), null);
		}

		@Override
		public void onAutoFlush(AutoFlushEvent event) {
			beforeFlush(event.getSession(), event);
		}

		private void beforeFlush(EventSource session, @Nullable AutoFlushEvent autoFlush) {
			if (!this.bridge.isAttached()) {
				return;
			}
			SessionSignals state = this.bridge.existingState(session);
			if (state == null) {
				// the state knows it is inside a flush, for receivers Hibernate calls there
				if (!this.bridge.signals().hasWriteReceivers()) {
					return;
				}
				state = this.bridge.state(session);
			}
			state.beforeFlush(autoFlush);
		}

		@Override
		public void onDelete(DeleteEvent event) {
			removalStarted(event, true);
		}

		@Override
		public void onDelete(DeleteEvent event, DeleteContext context) {
			removalStarted(event, false);
		}

		@Override
		public void onPersist(PersistEvent event) {
			persisting(event);
		}

		@Override
		public void onPersist(PersistEvent event, PersistContext context) {
			persisting(event);
		}

		private void persisting(PersistEvent event) {
			Object entity = event.getObject();
			ModelSignalSet signals = this.bridge.signals();
			if (!this.bridge.isAttached() || entity instanceof HibernateProxy || !signals.preSave.hasReceivers()) {
				return;
			}
			EventSource session = event.getSession();
			if (session.getPersistenceContextInternal().getEntry(entity) != null) {
				return;
			}
			Class<?> sender = session.getEntityPersister(event.getEntityName(), entity).getMappedClass();
			if (signals.preSave.hasListeners(sender)) {
				SessionSignals state = this.bridge.state(session);
				if (!state.isAnnounced(entity)) {
					state.sendPersisting(signals.preSave(sender, entity, null));
				}
			}
		}

		/**
		 * Records a removal without loading an entity removed by reference: Hibernate deletes such a
		 * reference without loading it where it can, as it does without the bridge.
		 */
		private void removalStarted(DeleteEvent event, boolean topLevel) {
			ModelSignalSet signals = this.bridge.signals();
			if (!this.bridge.isAttached() || !signals.hasDeleteReceivers()) {
				return;
			}
			Object entity = event.getObject();
			LazyInitializer reference = HibernateProxy.extractLazyInitializer(entity);
			Object removed = (reference != null && reference.isUninitialized()) ? entity : Hibernate.unproxy(entity);
			this.bridge.state(event.getSession()).removalStarted(removed, topLevel);
		}

	}

	/** Runs after Hibernate flushed, scheduled a removal, persisted, merged or cleared the session. */
	static final class After implements FlushEventListener, AutoFlushEventListener, DeleteEventListener,
			PersistEventListener, MergeEventListener, ClearEventListener {

		private final ModelSignalBridge bridge;

		After(ModelSignalBridge bridge) {
			this.bridge = bridge;
		}

		@Override
		public void onFlush(FlushEvent event) {
			SessionSignals state = this.bridge.existingState(event.getSession());
			if (state != null) {
				state.afterFlush(true);
			}
		}

		@Override
		public void onAutoFlush(AutoFlushEvent event) {
			SessionSignals state = this.bridge.existingState(event.getSession());
			if (state != null) {
				state.afterFlush(event.isFlushRequired());
			}
		}

		@Override
		public void onDelete(DeleteEvent event) {
			removalScheduled(event);
		}

		@Override
		public void onDelete(DeleteEvent event, DeleteContext context) {
			removalScheduled(event);
		}

		private void removalScheduled(DeleteEvent event) {
			SessionSignals state = this.bridge.existingState(event.getSession());
			if (state == null || !this.bridge.signals().hasDeleteReceivers()) {
				return;
			}
			LazyInitializer reference = HibernateProxy.extractLazyInitializer(event.getObject());
			if (reference != null && reference.isUninitialized()) {
				// deleted without loading: the signals carry the reference
				Class<?> sender = event.getSession()
					.getFactory()
					.getMappingMetamodel()
					.getEntityDescriptor(reference.getEntityName())
					.getMappedClass();
				state.removalScheduled(sender, event.getObject(), state.isDeleted(event.getObject()));
				return;
			}
			Object entity = Hibernate.unproxy(event.getObject());
			EntityEntry entry = event.getSession().getPersistenceContextInternal().getEntry(entity);
			boolean deleted = entry != null && entry.getStatus().isDeletedOrGone();
			Class<?> sender = (entry != null) ? entry.getPersister().getMappedClass() : entity.getClass();
			state.removalScheduled(sender, entity, deleted);
		}

		@Override
		public void onPersist(PersistEvent event) {
			afterOperation(event.getSession());
		}

		@Override
		public void onPersist(PersistEvent event, PersistContext context) {
		}

		@Override
		public void onMerge(MergeEvent event) {
			afterOperation(event.getSession());
		}

		@Override
		public void onMerge(MergeEvent event, MergeContext context) {
		}

		@Override
		public void onClear(ClearEvent event) {
			SessionSignals state = this.bridge.existingState(event.getSession());
			if (state != null) {
				state.cleared();
			}
		}

		private void afterOperation(EventSource session) {
			SessionSignals state = this.bridge.existingState(session);
			if (state != null) {
				state.afterOperation();
			}
		}

	}

}
