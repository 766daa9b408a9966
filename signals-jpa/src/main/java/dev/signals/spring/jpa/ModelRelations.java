package dev.signals.spring.jpa;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;

/**
 * The {@link ModelRelation} of each collection Hibernate writes, made once per collection role so
 * that every send of a relation carries the same instance.
 */
final class ModelRelations {

	private final Map<CollectionPersister, ModelRelation> relations = new ConcurrentHashMap<>();

	/**
	 * @param persister the persister of a collection
	 * @return its relation
	 */
	ModelRelation of(CollectionPersister persister) {
		return this.relations.computeIfAbsent(persister, ModelRelations::relation);
	}

	/**
	 * Makes the relation of a collection: Hibernate names a collection role by the entity that
	 * declares it and the attribute's path within it.
	 * @param persister the persister of a collection
	 * @return its relation
	 */
	static ModelRelation relation(CollectionPersister persister) {
		EntityPersister owner = persister.getOwnerEntityPersister();
		String role = persister.getRole();
		String prefix = owner.getEntityName() + ".";
		String attribute = role.startsWith(prefix) ? role.substring(prefix.length())
				: role.substring(role.lastIndexOf('.') + 1);
		return new ModelRelation(owner.getMappedClass(), attribute);
	}

}
