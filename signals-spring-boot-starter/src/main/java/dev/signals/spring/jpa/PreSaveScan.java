package dev.signals.spring.jpa;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.spi.EventSource;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;

/**
 * Finds the managed entities a flush is about to write and sends their {@code pre_save}: dirty
 * entities (by the same comparison with the loaded state that Hibernate's flush makes) and new
 * ones whose insert is pending without a {@code pre_save} yet.
 */
final class PreSaveScan {

	private PreSaveScan() {
	}

	/**
	 * Sends {@code pre_save} for every entity about to be written and not announced yet.
	 * @param signals the model signals
	 * @param session the session
	 * @param announced the entities that had their {@code pre_save}; extended here
	 * @param sent collects the signals sent
	 */
	static void send(ModelSignals signals, EventSource session, Set<Object> announced, List<ModelEvent> sent) {
		for (Map.Entry<Object, EntityEntry> candidate : session.getPersistenceContextInternal()
			.reentrantSafeEntityEntries()) {
			Object entity = candidate.getKey();
			EntityEntry entry = candidate.getValue();
			EntityPersister persister = entry.getPersister();
			Class<?> sender = persister.getMappedClass();
			if (entry.getStatus() != Status.MANAGED || announced.contains(entity)
					|| !signals.preSave.hasListeners(sender)) {
				continue;
			}
			@Nullable Object[] loaded = entry.getLoadedState();
			boolean inserting = !entry.isExistsInDatabase();
			ModelEvent event;
			if (inserting) {
				event = signals.preSave(sender, entity, null, null);
			}
			else {
				int[] dirty = (loaded != null) ? persister.findDirty(persister.getValues(entity), loaded, entity, session)
						: null;
				if (dirty == null) {
					continue;
				}
				event = signals.preSave(sender, entity, EntityStates.names(persister, dirty),
						EntityStates.previousValues(persister, dirty, loaded));
			}
			@Nullable Object[] before = (inserting && loaded != null) ? persister.getValues(entity) : null;
			announced.add(entity);
			sent.add(event);
			event.send();
			if (before != null) {
				// the pending insert is written from this state: make it hold the receivers' changes
				EntityStates.copyChanges(persister, entity, before, loaded);
			}
		}
	}

}
