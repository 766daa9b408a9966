package dev.signals.spring.jpa;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.signals.spring.jpa.Announcements.Write;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.spi.EventSource;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;

/**
 * Finds the managed entities a flush is about to write and sends their {@code pre_save}: new
 * ones whose insert is pending without a {@code pre_save} yet (a merge of a new entity with an
 * assigned id), and changed ones, by the comparison with the loaded state that Hibernate's flush
 * makes (a new entity changed after it was persisted is inserted, then updated).
 */
final class PreSaveScan {

	private PreSaveScan() {
	}

	/**
	 * Sends {@code pre_save} for every write about to happen that was not announced yet.
	 * @param signals the model signals
	 * @param session the session
	 * @param announced the writes that had their {@code pre_save}; extended here
	 * @param sent collects the signals sent
	 * @param send sends a signal
	 */
	static void send(ModelSignalSet signals, EventSource session, Announcements announced, List<ModelEvent> sent,
			Consumer<ModelEvent> send) {
		for (Map.Entry<Object, EntityEntry> candidate : session.getPersistenceContextInternal()
			.reentrantSafeEntityEntries()) {
			Object entity = candidate.getKey();
			EntityEntry entry = candidate.getValue();
			EntityPersister persister = entry.getPersister();
			Class<?> sender = persister.getMappedClass();
			if (entry.getStatus() != Status.MANAGED || !signals.preSave.hasListeners(sender)) {
				continue;
			}
			@Nullable Object[] loaded = entry.getLoadedState();
			if (!entry.isExistsInDatabase() && announced.announce(entity, Write.INSERT)) {
				@Nullable Object[] before = (loaded != null) ? EntityStates.snapshot(persister, entity) : null;
				send(signals.preSave(sender, entity, null), sent, send);
				if (before != null) {
					// the pending insert is written from this state: make it hold the receivers' changes
					EntityStates.copyChanges(persister, entity, before, loaded);
				}
			}
			if (loaded == null || announced.has(entity, Write.UPDATE)) {
				continue;
			}
			int[] dirty = persister.findDirty(persister.getValues(entity), loaded, entity, session);
			if (dirty != null) {
				announced.announce(entity, Write.UPDATE);
				send(signals.preSave(sender, entity, new Dirty(persister, dirty, loaded)), sent, send);
			}
		}
	}

	private static void send(ModelEvent event, List<ModelEvent> sent, Consumer<ModelEvent> send) {
		sent.add(event);
		send.accept(event);
	}

}
