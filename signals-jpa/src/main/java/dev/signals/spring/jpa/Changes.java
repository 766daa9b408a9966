package dev.signals.spring.jpa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.ManagedEntity;
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

	private static final int[] NONE = {};

	private Changes() {
	}

	/**
	 * Whether a flush would write anything now. Stops at the first change it finds and allocates
	 * nothing for entities that did not change.
	 * @param session the session
	 * @return whether anything is pending
	 */
	static boolean any(EventSource session) {
		return session.getActionQueue().hasAnyQueuedActions() || find(session, null);
	}

	/**
	 * Describes what a flush would write now, for a message.
	 * @param session the session
	 * @return the changes, or {@code null} when there are none
	 */
	static @Nullable String describe(EventSource session) {
		if (session.getActionQueue().hasAnyQueuedActions()) {
			return "entities saved or removed";
		}
		List<String> changed = new ArrayList<>();
		find(session, changed);
		return changed.isEmpty() ? null : String.join(", ", changed);
	}

	/**
	 * Looks for changed entities and collections.
	 * @param session the session
	 * @param found where to describe every change, or {@code null} to stop at the first
	 * @return whether a change was found
	 */
	private static boolean find(EventSource session, @Nullable List<String> found) {
		// the context's own array of entities: nothing is copied or allocated per entity
		for (ManagedEntity managed : session.getPersistenceContextInternal().reentrantSafeManagedEntities()) {
			EntityEntry entry = managed.$$_hibernate_getEntityEntry();
			@Nullable Object[] loaded = (entry != null) ? entry.getLoadedState() : null;
			if (entry == null || loaded == null || entry.getStatus() != Status.MANAGED || !entry.isExistsInDatabase()) {
				continue;
			}
			Object entity = managed.$$_hibernate_getEntityInstance();
			if (!mayHaveChanged(entry.getPersister(), entity, loaded, session)) {
				continue;
			}
			int[] changed = changedProperties(entry.getPersister(), entity, loaded, session);
			if (changed.length > 0) {
				if (found == null) {
					return true;
				}
				found.add(entry.getPersister().getMappedClass().getSimpleName() + "#" + entry.getId() + " "
						+ Arrays.toString(EntityStates.allNames(entry.getPersister(), changed)));
			}
		}
		boolean[] collectionChanged = { false };
		session.getPersistenceContextInternal().forEachCollectionEntry((collection, entry) -> {
			if (collection.isDirty() && entry.getLoadedPersister() != null) {
				collectionChanged[0] = true;
				if (found != null) {
					found.add(entry.getLoadedPersister().getRole());
				}
			}
		}, false);
		return collectionChanged[0] || (found != null && !found.isEmpty());
	}

	/**
	 * A first look that reads each property once and allocates nothing: {@code false} when every
	 * value is the loaded one, or equal to it for its type, which the full check would confirm. It
	 * runs for every managed entity after receivers, so it is the bridge's share of a flush that
	 * writes nothing. An entity enhanced for lazy loading gets the full check, which leaves its
	 * unfetched attributes unread.
	 */
	private static boolean mayHaveChanged(EntityPersister persister, Object entity, @Nullable Object[] loaded,
			EventSource session) {
		if (persister.getBytecodeEnhancementMetadata().isEnhancedForLazyLoading()) {
			return true;
		}
		Type[] types = persister.getPropertyTypes();
		for (int i = 0; i < loaded.length; i++) {
			Object value = persister.getValue(entity, i);
			if (value != loaded[i] && types[i].isDirty(loaded[i], value, session)) {
				return true;
			}
		}
		return false;
	}

	/** The properties found dirty whose dirtiness means a change. */
	private static int[] changedProperties(EntityPersister persister, Object entity, @Nullable Object[] loaded,
			EventSource session) {
		int[] dirty = persister.findDirty(persister.getValues(entity), loaded, entity, session);
		if (dirty == null) {
			return NONE;
		}
		return Arrays.stream(dirty).filter((index) -> isStable(persister, index, persister.getValue(entity, index)))
			.toArray();
	}

	/** Whether the property's type finds a value equal to its copy, so that its dirtiness means a change. */
	private static boolean isStable(EntityPersister persister, int index, @Nullable Object value) {
		Type type = persister.getPropertyTypes()[index];
		return value == null || type.isEqual(value, type.deepCopy(value, persister.getFactory()));
	}

}
