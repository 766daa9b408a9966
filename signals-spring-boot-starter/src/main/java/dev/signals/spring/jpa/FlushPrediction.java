package dev.signals.spring.jpa;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;

import org.hibernate.FlushMode;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.spi.AutoFlushEvent;
import org.hibernate.event.spi.EventSource;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;

/**
 * Decides, before Hibernate's auto-flush runs, whether it will write: Hibernate writes everything
 * pending when any pending write touches a table the query reads, and nothing otherwise. The
 * pre-flush stage runs only for an auto-flush that writes, so that {@code pre_save} receivers see
 * only states that are written.
 */
final class FlushPrediction {

	private FlushPrediction() {
	}

	/**
	 * @param event the auto-flush about to run
	 * @return whether Hibernate will write pending changes
	 */
	static boolean writes(AutoFlushEvent event) {
		EventSource session = event.getSession();
		FlushMode mode = session.getHibernateFlushMode();
		if (mode == FlushMode.ALWAYS) {
			return true;
		}
		if (mode != FlushMode.AUTO) {
			return false;
		}
		Set<String> spaces = event.getQuerySpaces();
		if (spaces == null) {
			return true;
		}
		if (spaces.isEmpty()) {
			return false;
		}
		if (session.getActionQueue().areTablesToBeUpdated(spaces)) {
			return true;
		}
		for (Map.Entry<Object, EntityEntry> candidate : session.getPersistenceContextInternal()
			.reentrantSafeEntityEntries()) {
			EntityEntry entry = candidate.getValue();
			EntityPersister persister = entry.getPersister();
			if (entry.getStatus() == Status.MANAGED && intersects(persister.getPropertySpaces(), spaces)
					&& isDirty(session, candidate.getKey(), entry)) {
				return true;
			}
		}
		boolean[] collections = new boolean[1];
		session.getPersistenceContextInternal().forEachCollectionEntry((collection, entry) -> {
			if (collection.isDirty() && entry.getLoadedPersister() != null
					&& intersects(entry.getLoadedPersister().getCollectionSpaces(), spaces)) {
				collections[0] = true;
			}
		}, false);
		return collections[0];
	}

	private static boolean isDirty(EventSource session, Object entity, EntityEntry entry) {
		@Nullable Object[] loaded = entry.getLoadedState();
		if (loaded == null) {
			return false;
		}
		EntityPersister persister = entry.getPersister();
		return persister.findDirty(persister.getValues(entity), loaded, entity, session) != null;
	}

	private static boolean intersects(Serializable[] tables, Set<String> spaces) {
		for (Serializable table : tables) {
			if (spaces.contains(table)) {
				return true;
			}
		}
		return false;
	}

}
