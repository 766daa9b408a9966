package dev.signals.spring.jpa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.spi.EventSource;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;

/**
 * Tells whether receivers changed anything a flush would write: a new, removed or changed entity,
 * or a changed collection. Hibernate may find an entity dirty right after it was flushed (a
 * converted value without {@code equals()} is never equal to its loaded copy); such residual
 * dirtiness, taken before the receivers run, is not a change they made.
 */
final class Changes {

	private final EventSource session;

	private final Map<Object, int[]> residual;

	private Changes(EventSource session, Map<Object, int[]> residual) {
		this.session = session;
		this.residual = residual;
	}

	/**
	 * Takes what is dirty before receivers run.
	 * @param session the session
	 * @param touched entities receivers saw while Hibernate flushed: their dirtiness counts as a change
	 * @return the state to compare with later
	 */
	static Changes before(EventSource session, Set<Object> touched) {
		Map<Object, int[]> residual = new IdentityHashMap<>();
		for (Map.Entry<Object, EntityEntry> candidate : session.getPersistenceContextInternal()
			.reentrantSafeEntityEntries()) {
			if (!touched.contains(candidate.getKey())) {
				int[] dirty = dirty(session, candidate.getKey(), candidate.getValue());
				if (dirty != null) {
					residual.put(candidate.getKey(), dirty);
				}
			}
		}
		return new Changes(session, residual);
	}

	/**
	 * Describes what changed since {@link #before}.
	 * @return the changes, for a message, or {@code null} when nothing changed
	 */
	@Nullable String since() {
		if (this.session.getActionQueue().hasAnyQueuedActions()) {
			return "entities saved or removed";
		}
		List<String> changed = new ArrayList<>();
		for (Map.Entry<Object, EntityEntry> candidate : this.session.getPersistenceContextInternal()
			.reentrantSafeEntityEntries()) {
			int[] dirty = dirty(this.session, candidate.getKey(), candidate.getValue());
			int[] residual = this.residual.get(candidate.getKey());
			if (dirty != null && (residual == null || !Arrays.equals(dirty, residual))) {
				EntityPersister persister = candidate.getValue().getPersister();
				changed.add(persister.getMappedClass().getSimpleName() + "#"
						+ candidate.getValue().getId() + " " + Arrays.toString(EntityStates.allNames(persister, dirty)));
			}
		}
		this.session.getPersistenceContextInternal().forEachCollectionEntry((collection, entry) -> {
			if (collection.isDirty() && entry.getLoadedPersister() != null) {
				changed.add(entry.getLoadedPersister().getRole());
			}
		}, false);
		return changed.isEmpty() ? null : String.join(", ", changed);
	}

	private static int @Nullable [] dirty(EventSource session, Object entity, EntityEntry entry) {
		@Nullable Object[] loaded = entry.getLoadedState();
		if (entry.getStatus() != Status.MANAGED || !entry.isExistsInDatabase() || loaded == null) {
			return null;
		}
		EntityPersister persister = entry.getPersister();
		return persister.findDirty(persister.getValues(entity), loaded, entity, session);
	}

}
