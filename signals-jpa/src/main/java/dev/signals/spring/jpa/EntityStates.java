package dev.signals.spring.jpa;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;
import org.jspecify.annotations.Nullable;

/**
 * Helpers over Hibernate's property state arrays: names of changed properties, their previous
 * values, and copying what receivers changed on an entity into a state array.
 */
final class EntityStates {

	private EntityStates() {
	}

	/**
	 * The names of the changed properties, as Django's {@code update_fields}: collections are left
	 * out, since their changes are written to other tables and announced by {@code m2m_changed}
	 * (Hibernate also marks a collection dirty when it merely wrapped or replaced its instance).
	 * @param persister the entity's persister
	 * @param dirty the indexes of the dirty properties
	 * @return the names of the dirty properties that are not collections
	 */
	static String[] names(EntityPersister persister, int[] dirty) {
		String[] all = persister.getPropertyNames();
		Type[] types = persister.getPropertyTypes();
		return java.util.Arrays.stream(dirty)
			.filter((index) -> !types[index].isCollectionType())
			.mapToObj((index) -> all[index])
			.toArray(String[]::new);
	}

	/**
	 * The names of the dirty properties, collections included.
	 * @param persister the entity's persister
	 * @param dirty the indexes of the dirty properties
	 * @return their names
	 */
	static String[] allNames(EntityPersister persister, int[] dirty) {
		String[] all = persister.getPropertyNames();
		return java.util.Arrays.stream(dirty).mapToObj((index) -> all[index]).toArray(String[]::new);
	}

	/**
	 * A copy of the entity's property values that later changes to mutable values (an embeddable
	 * changed in place, say) do not reach.
	 * @param persister the entity's persister
	 * @param entity the entity
	 * @return the copied values
	 */
	static @Nullable Object[] snapshot(EntityPersister persister, Object entity) {
		@Nullable Object[] values = persister.getValues(entity);
		Type[] types = persister.getPropertyTypes();
		for (int i = 0; i < values.length; i++) {
			values[i] = types[i].deepCopy(values[i], persister.getFactory());
		}
		return values;
	}

	/**
	 * The values before the change of the properties {@link #names} lists.
	 * @param persister the entity's persister
	 * @param dirty the indexes of the dirty properties
	 * @param previous the state the entity was loaded or last flushed with
	 * @return the previous values by property name
	 */
	static Map<String, @Nullable Object> previousValues(EntityPersister persister, int[] dirty,
			@Nullable Object[] previous) {
		String[] all = persister.getPropertyNames();
		Type[] types = persister.getPropertyTypes();
		Map<String, @Nullable Object> values = new LinkedHashMap<>();
		for (int index : dirty) {
			if (!types[index].isCollectionType()) {
				values.put(all[index], previous[index]);
			}
		}
		return Collections.unmodifiableMap(values);
	}

	/**
	 * Copies into a state array the property values that changed on the entity since a snapshot,
	 * so that what {@code pre_save} receivers changed reaches the SQL and nothing else does: a
	 * change the application made after {@code persist} stays for Hibernate's own dirty check.
	 * @param persister the entity's persister
	 * @param entity the entity
	 * @param before a {@link #snapshot} of the entity's values before the receivers ran
	 * @param state the state array to update
	 */
	static void copyChanges(EntityPersister persister, Object entity, @Nullable Object[] before,
			@Nullable Object[] state) {
		@Nullable Object[] current = persister.getValues(entity);
		Type[] types = persister.getPropertyTypes();
		SessionFactoryImplementor factory = persister.getFactory();
		for (int i = 0; i < current.length; i++) {
			if (!types[i].isEqual(current[i], before[i])) {
				state[i] = types[i].deepCopy(current[i], factory);
			}
		}
	}

}
