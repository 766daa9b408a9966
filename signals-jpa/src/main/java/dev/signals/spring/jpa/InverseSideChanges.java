package dev.signals.spring.jpa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.Hibernate;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.event.spi.EventSource;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.jspecify.annotations.Nullable;

/**
 * Reports a change made only to the inverse side of a {@code @ManyToMany} (the side with
 * {@code mappedBy}): JPA writes the join table from the owning side alone, so such a change is
 * lost without a word, and no {@code m2m_changed} is sent. One WARN per relation.
 */
final class InverseSideChanges {

	private static final Log logger = LogFactory.getLog(InverseSideChanges.class);

	private final Set<String> reported = ConcurrentHashMap.newKeySet();

	/**
	 * Looks at a change of an inverse collection before Hibernate handles it.
	 * @param session the session
	 * @param persister the inverse collection's persister
	 * @param owner the entity whose collection changed
	 * @param collection the collection
	 */
	void check(EventSource session, CollectionPersister persister, Object owner,
			@Nullable PersistentCollection<?> collection) {
		String mappedBy = persister.getMappedByProperty();
		if (mappedBy == null || collection == null || !collection.wasInitialized()
				|| this.reported.contains(persister.getRole())) {
			return;
		}
		Set<Object> before = identities(snapshot(collection.getStoredSnapshot()));
		Set<Object> after = identities(elements(collection));
		for (Object element : after) {
			if (!before.contains(element) && !owningSideHolds(session, element, mappedBy, owner)) {
				report(persister, mappedBy, owner);
				return;
			}
		}
		for (Object element : before) {
			if (!after.contains(element) && owningSideHolds(session, element, mappedBy, owner)) {
				report(persister, mappedBy, owner);
				return;
			}
		}
	}

	private static boolean owningSideHolds(EventSource session, Object element, String mappedBy, Object owner) {
		if (element instanceof HibernateProxy proxy && proxy.getHibernateLazyInitializer().isUninitialized()) {
			return false; // never loaded, so its collection was not changed
		}
		Object entity = Hibernate.unproxy(element);
		EntityPersister persister = session.getEntityPersister(null, entity);
		Object owning = persister.getPropertyValue(entity, mappedBy);
		if (!(owning instanceof Collection<?> elements) || !Hibernate.isInitialized(owning)) {
			return false;
		}
		for (Object candidate : elements) {
			if (candidate == owner || Hibernate.unproxy(candidate) == owner) {
				return true;
			}
		}
		return false;
	}

	private void report(CollectionPersister persister, String mappedBy, Object owner) {
		if (this.reported.add(persister.getRole())) {
			String owningClass = persister.getElementType().getReturnedClass().getSimpleName();
			logger.warn("A change to " + shortRole(persister) + " was made only on the inverse side of a @ManyToMany "
					+ "(mappedBy = \"" + mappedBy + "\"): JPA writes the join table from the owning side alone, so "
					+ "the change is not written and no m2m_changed is sent. Change the owning side "
					+ owningClass + "." + mappedBy + " as well (for example in a method that updates both sides). "
					+ "Reported once per relation; first seen for " + Hibernate.getClassLazy(owner).getSimpleName());
		}
	}

	private static String shortRole(CollectionPersister persister) {
		String role = persister.getRole();
		int dot = role.lastIndexOf('.', role.lastIndexOf('.') - 1);
		return (dot >= 0) ? role.substring(dot + 1) : role;
	}

	private static Set<Object> identities(Collection<?> elements) {
		Set<Object> identities = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Object element : elements) {
			if (element != null) {
				identities.add(element);
			}
		}
		return identities;
	}

	static Collection<?> snapshot(@Nullable Object snapshot) {
		if (snapshot instanceof Map<?, ?> map) {
			return map.values();
		}
		return (snapshot instanceof Collection<?> collection) ? collection : List.of();
	}

	static Collection<?> elements(PersistentCollection<?> collection) {
		if (collection instanceof Map<?, ?> map) {
			return map.values();
		}
		return (collection instanceof Collection<?> elements) ? new ArrayList<>(elements) : List.of();
	}

}
