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
 * values, and copying an entity's current values back into a state array.
 */
final class EntityStates {

	private EntityStates() {
	}

	static String[] names(EntityPersister persister, int[] dirty) {
		String[] all = persister.getPropertyNames();
		String[] names = new String[dirty.length];
		for (int i = 0; i < dirty.length; i++) {
			names[i] = all[dirty[i]];
		}
		return names;
	}

	static Map<String, @Nullable Object> previousValues(EntityPersister persister, int[] dirty,
			@Nullable Object[] previous) {
		String[] all = persister.getPropertyNames();
		Map<String, @Nullable Object> values = new LinkedHashMap<>();
		for (int index : dirty) {
			values.put(all[index], previous[index]);
		}
		return Collections.unmodifiableMap(values);
	}

	/**
	 * Copies the entity's current property values into a state array where they differ, so that a
	 * change a receiver made reaches the SQL Hibernate builds from that array.
	 * @param persister the entity's persister
	 * @param entity the entity
	 * @param state the state array to update
	 * @return whether anything was copied
	 */
	static boolean copyInto(EntityPersister persister, Object entity, @Nullable Object[] state) {
		@Nullable Object[] current = persister.getValues(entity);
		Type[] types = persister.getPropertyTypes();
		SessionFactoryImplementor factory = persister.getFactory();
		boolean changed = false;
		for (int i = 0; i < current.length; i++) {
			if (current[i] != state[i] && !types[i].isEqual(current[i], state[i])) {
				state[i] = types[i].deepCopy(current[i], factory);
				changed = true;
			}
		}
		return changed;
	}

}
