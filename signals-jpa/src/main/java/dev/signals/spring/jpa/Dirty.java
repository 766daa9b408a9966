package dev.signals.spring.jpa;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;

/**
 * The changed properties of an update, from which {@code updateFields} and
 * {@code previousValues} are built when a receiver first reads them, not for every update.
 * @param persister the entity's persister
 * @param indexes the indexes of the dirty properties
 * @param previous the state the entity was loaded or last flushed with; Hibernate replaces, never
 * changes, such a state array, so it may be read later
 */
record Dirty(EntityPersister persister, int[] indexes, @Nullable Object @Nullable [] previous) {

	/** @return the names of the changed properties, as Django's {@code update_fields} */
	Set<String> updateFields() {
		return new UpdateFields(this);
	}

	/** @return each changed property's value before the change, {@code null} when the previous state is unknown */
	@Nullable Map<String, @Nullable Object> previousValues() {
		return (this.previous != null) ? new PreviousValues(this.persister, this.indexes, this.previous) : null;
	}

	private static final class UpdateFields extends AbstractSet<String> {

		private final Dirty dirty;

		private @Nullable Set<String> names;

		UpdateFields(Dirty dirty) {
			this.dirty = dirty;
		}

		private Set<String> names() {
			Set<String> names = this.names;
			if (names == null) {
				names = Set.of(EntityStates.names(this.dirty.persister(), this.dirty.indexes()));
				this.names = names;
			}
			return names;
		}

		@Override
		public Iterator<String> iterator() {
			return names().iterator();
		}

		@Override
		public int size() {
			return names().size();
		}

		@Override
		public boolean contains(@Nullable Object name) {
			return names().contains(name);
		}

	}

	private static final class PreviousValues extends AbstractMap<String, @Nullable Object> {

		private final EntityPersister persister;

		private final int[] indexes;

		private final @Nullable Object[] previous;

		private @Nullable Map<String, @Nullable Object> values;

		PreviousValues(EntityPersister persister, int[] indexes, @Nullable Object[] previous) {
			this.persister = persister;
			this.indexes = indexes;
			this.previous = previous;
		}

		private Map<String, @Nullable Object> computed() {
			Map<String, @Nullable Object> values = this.values;
			if (values == null) {
				values = EntityStates.previousValues(this.persister, this.indexes, this.previous);
				this.values = values;
			}
			return values;
		}

		@Override
		public Set<Entry<String, @Nullable Object>> entrySet() {
			return computed().entrySet();
		}

		@Override
		public @Nullable Object get(@Nullable Object name) {
			return computed().get(name);
		}

		@Override
		public boolean containsKey(@Nullable Object name) {
			return computed().containsKey(name);
		}

	}

}
