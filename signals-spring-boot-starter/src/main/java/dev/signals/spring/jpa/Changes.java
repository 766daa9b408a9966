package dev.signals.spring.jpa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.spi.EventSource;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;
import org.jspecify.annotations.Nullable;

/**
 * Tells whether a flush would write anything more: a new or removed entity, a changed collection,
 * or a changed property. A property whose type never finds a value equal to its own copy (a
 * converted value class without {@code equals()}) is dirty at every flush, changed or not: it does
 * not count.
 */
final class Changes {

	private Changes() {
	}

	/**
	 * Describes what a flush would write now.
	 * @param session the session
	 * @return the changes, for a message, or {@code null} when there are none
	 */
	static @Nullable String pending(EventSource session) {
		if (session.getActionQueue().hasAnyQueuedActions()) {
			return "entities saved or removed";
		}
		List<String> changed = new ArrayList<>();
		for (Map.Entry<Object, EntityEntry> candidate : session.getPersistenceContextInternal()
			.reentrantSafeEntityEntries()) {
			Object entity = candidate.getKey();
			EntityEntry entry = candidate.getValue();
			@Nullable Object[] loaded = entry.getLoadedState();
			if (entry.getStatus() != Status.MANAGED || !entry.isExistsInDatabase() || loaded == null) {
				continue;
			}
			EntityPersister persister = entry.getPersister();
			@Nullable Object[] values = persister.getValues(entity);
			int[] dirty = persister.findDirty(values, loaded, entity, session);
			if (dirty != null) {
				dirty = Arrays.stream(dirty).filter((index) -> isStable(persister, index, values[index])).toArray();
			}
			if (dirty != null && dirty.length > 0) {
				changed.add(persister.getMappedClass().getSimpleName() + "#" + entry.getId() + " "
						+ Arrays.toString(EntityStates.allNames(persister, dirty)));
			}
		}
		session.getPersistenceContextInternal().forEachCollectionEntry((collection, entry) -> {
			if (collection.isDirty() && entry.getLoadedPersister() != null) {
				changed.add(entry.getLoadedPersister().getRole());
			}
		}, false);
		return changed.isEmpty() ? null : String.join(", ", changed);
	}

	/** Whether the property's type finds a value equal to its copy, so that its dirtiness means a change. */
	private static boolean isStable(EntityPersister persister, int index, @Nullable Object value) {
		Type type = persister.getPropertyTypes()[index];
		return value == null || type.isEqual(value, type.deepCopy(value, persister.getFactory()));
	}

}
