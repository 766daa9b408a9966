package dev.signals.spring.durable;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;

import org.jspecify.annotations.Nullable;

import org.springframework.orm.jpa.SharedEntityManagerCreator;

/**
 * The entities of one {@link EntityManagerFactory}, loaded through the entity manager of the
 * current transaction.
 */
public final class JpaEntities implements Entities {

	private final EntityManagerFactory entityManagerFactory;

	private final EntityManager entityManager;

	private final Map<Class<?>, Optional<Class<?>>> entityClasses = new ConcurrentHashMap<>();

	public JpaEntities(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
		this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory);
	}

	@Override
	public @Nullable Class<?> entityClass(Class<?> type) {
		return this.entityClasses.computeIfAbsent(type, this::findEntityClass).orElse(null);
	}

	private Optional<Class<?>> findEntityClass(Class<?> type) {
		for (Class<?> candidate = type; candidate != null && candidate != Object.class; candidate = candidate
			.getSuperclass()) {
			if (entityType(candidate) != null) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	private @Nullable EntityType<?> entityType(Class<?> type) {
		try {
			return this.entityManagerFactory.getMetamodel().entity(type);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	@Override
	public Object id(Object entity) {
		Object id = this.entityManagerFactory.getPersistenceUnitUtil().getIdentifier(entity);
		if (id == null) {
			throw new IllegalArgumentException("it is an entity without an id (not persisted yet)");
		}
		return id;
	}

	@Override
	public Class<?> idType(Class<?> entityClass) {
		return this.entityManagerFactory.getMetamodel().entity(entityClass).getIdType().getJavaType();
	}

	@Override
	public @Nullable Object find(Class<?> entityClass, Object id) {
		return this.entityManager.find(entityClass, id);
	}

}
