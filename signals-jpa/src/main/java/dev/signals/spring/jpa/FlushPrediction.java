package dev.signals.spring.jpa;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.hibernate.FlushMode;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.spi.AutoFlushEvent;
import org.hibernate.event.spi.EventSource;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.CollectionType;
import org.hibernate.type.EntityType;
import org.hibernate.type.Type;
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
			if (writesTo(session, candidate.getKey(), candidate.getValue(), spaces)) {
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

	/**
	 * Whether the flush writes an entity's row, or rows of its collections, in the query's tables:
	 * a new or removed entity writes its collections' rows too; a changed one the rows of its
	 * changed collections, and a changed association may insert the entity it now points to.
	 */
	private static boolean writesTo(EventSource session, Object entity, EntityEntry entry, Set<String> spaces) {
		EntityPersister persister = entry.getPersister();
		Status status = entry.getStatus();
		if (status == Status.DELETED || (status == Status.MANAGED && !entry.isExistsInDatabase())) {
			return intersects(persister.getPropertySpaces(), spaces) || anyCollectionIn(persister, null, spaces);
		}
		@Nullable Object[] loaded = entry.getLoadedState();
		if (status != Status.MANAGED || loaded == null) {
			return false;
		}
		int[] dirty = persister.findDirty(persister.getValues(entity), loaded, entity, session);
		return dirty != null && (intersects(persister.getPropertySpaces(), spaces) || anyCollectionIn(persister, dirty, spaces)
				|| anyAssociationIn(persister, dirty, spaces));
	}

	private static boolean anyCollectionIn(EntityPersister persister, int @Nullable [] properties, Set<String> spaces) {
		Type[] types = persister.getPropertyTypes();
		for (int index : (properties != null) ? properties : IntStream.range(0, types.length).toArray()) {
			if (types[index] instanceof CollectionType collection && intersects(persister.getFactory()
				.getMappingMetamodel()
				.getCollectionDescriptor(collection.getRole())
				.getCollectionSpaces(), spaces)) {
				return true;
			}
		}
		return false;
	}

	private static boolean anyAssociationIn(EntityPersister persister, int[] properties, Set<String> spaces) {
		Type[] types = persister.getPropertyTypes();
		for (int index : properties) {
			if (types[index] instanceof EntityType association && intersects(persister.getFactory()
				.getMappingMetamodel()
				.getEntityDescriptor(association.getAssociatedEntityName())
				.getPropertySpaces(), spaces)) {
				return true;
			}
		}
		return false;
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
