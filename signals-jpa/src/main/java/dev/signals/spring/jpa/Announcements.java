package dev.signals.spring.jpa;

import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Map;

import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.PersistenceContext;

/**
 * The writes of one session whose {@code pre_save} was sent before Hibernate performs them: the
 * insert of a new entity (sent at persist) and the update of a changed one (sent in the pre-flush
 * stage). A write Hibernate performs without a mark gets its {@code pre_save} while it writes.
 */
final class Announcements {

	/** The kind of write a {@code pre_save} announced. */
	enum Write {

		INSERT, UPDATE

	}

	private final Map<Object, EnumSet<Write>> marks = new IdentityHashMap<>();

	/**
	 * Marks a write as announced.
	 * @param entity the entity
	 * @param write the write
	 * @return whether it was not marked yet
	 */
	boolean announce(Object entity, Write write) {
		return this.marks.computeIfAbsent(entity, (key) -> EnumSet.noneOf(Write.class)).add(write);
	}

	boolean has(Object entity, Write write) {
		EnumSet<Write> writes = this.marks.get(entity);
		return writes != null && writes.contains(write);
	}

	/**
	 * Takes the mark of a write Hibernate is about to perform.
	 * @param entity the entity
	 * @param write the write
	 * @return whether its {@code pre_save} was sent
	 */
	boolean consume(Object entity, Write write) {
		EnumSet<Write> writes = this.marks.get(entity);
		if (writes == null || !writes.remove(write)) {
			return false;
		}
		if (writes.isEmpty()) {
			this.marks.remove(entity);
		}
		return true;
	}

	/**
	 * Forgets every mark but the insert marks of entities whose insert is still to come: the
	 * changes they announced were written, or will be announced again for the state then written.
	 * @param context the session's persistence context
	 * @param persisting whether a persist is under way (a receiver of its {@code pre_save}
	 * flushed): an entity not in the context yet is the one being persisted, and keeps its mark
	 */
	void flushed(PersistenceContext context, boolean persisting) {
		this.marks.entrySet().removeIf((mark) -> {
			mark.getValue().remove(Write.UPDATE);
			EntityEntry entry = context.getEntry(mark.getKey());
			return mark.getValue().isEmpty() || ((entry == null) ? !persisting : entry.isExistsInDatabase());
		});
	}

	/** Forgets the update marks: a flush that was to write them did not, and their state may change. */
	void forgetUpdates() {
		this.marks.values().removeIf((writes) -> writes.remove(Write.UPDATE) && writes.isEmpty());
	}

	void clear() {
		this.marks.clear();
	}

	int size() {
		return this.marks.size();
	}

}
