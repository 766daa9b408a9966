package dev.signals.spring.durable;

import org.jspecify.annotations.Nullable;

/**
 * How entities are stored as a reference (their class and id) and loaded again, in the
 * delivering transaction; without JPA nothing is an entity.
 */
public interface Entities {

	/** Nothing is an entity. */
	Entities NONE = new Entities() {

		@Override
		public @Nullable Class<?> entityClass(Class<?> type) {
			return null;
		}

		@Override
		public Object id(Object entity) {
			throw new IllegalStateException("not an entity: " + entity);
		}

		@Override
		public Class<?> idType(Class<?> entityClass) {
			throw new IllegalStateException("not an entity: " + entityClass);
		}

		@Override
		public @Nullable Object find(Class<?> entityClass, Object id) {
			return null;
		}

	};

	/**
	 * @param type a class, possibly a proxy's
	 * @return the entity class it is or extends, or {@code null} when it is not an entity
	 */
	@Nullable Class<?> entityClass(Class<?> type);

	/** @return the id of an entity */
	Object id(Object entity);

	/** @return the type of the ids of an entity class */
	Class<?> idType(Class<?> entityClass);

	/** @return the entity with that id as the current transaction sees it, or {@code null} when there is none */
	@Nullable Object find(Class<?> entityClass, Object id);

}
