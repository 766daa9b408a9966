package dev.signals.spring.jpa;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;

/**
 * The removals of one session between two flushes: which entity started each cascade (the
 * {@code origin}), the {@code pre_delete} signals waiting for the pre-flush stage, and the
 * deletions whose {@code post_delete} follows the flush that executes them. Hibernate handles a
 * removal by cascading to the children first, so removals complete children before parents.
 */
final class Removals {

	private final List<Start> started = new ArrayList<>();

	private final List<ModelEvent> pending = new ArrayList<>();

	private final List<Deletion> deletions = new ArrayList<>();

	/**
	 * Records that Hibernate started handling a removal, before it cascades.
	 * @param entity the entity being removed
	 * @param topLevel whether the application removed it, as opposed to a cascade
	 * @param again whether the entity is removed already: Hibernate ignores it, and finds an orphan
	 * again in every flush until it is deleted
	 */
	void started(Object entity, boolean topLevel, boolean again) {
		if (topLevel) {
			this.started.clear();
		}
		this.started.add(new Start(entity, again));
	}

	/**
	 * Records that Hibernate finished handling a removal, after its cascades.
	 * @param entity the entity
	 * @param deleted whether Hibernate scheduled its deletion (it ignores transient entities)
	 * @return the origin of the removal, or {@code null} when nothing was deleted or the entity was
	 * removed already
	 */
	@Nullable Object finished(Object entity, boolean deleted) {
		if (this.started.isEmpty()) {
			return deleted ? entity : null;
		}
		Object origin = this.started.get(0).entity();
		if (Hibernate.isInitialized(origin)) {
			origin = Hibernate.unproxy(origin); // a reference Hibernate loaded to delete it
		}
		Start start = this.started.remove(this.started.size() - 1);
		return (deleted && !start.again()) ? origin : null;
	}

	/** @param preDelete a {@code pre_delete} for the pre-flush stage */
	void defer(ModelEvent preDelete) {
		this.pending.add(preDelete);
	}

	boolean hasPending() {
		return !this.pending.isEmpty();
	}

	/** @return the deferred {@code pre_delete} signals, in order; they are no longer pending */
	List<ModelEvent> takePending() {
		List<ModelEvent> taken = new ArrayList<>(this.pending);
		this.pending.clear();
		return taken;
	}

	/** @param deletion a scheduled deletion whose {@code post_delete} has receivers */
	void scheduled(Deletion deletion) {
		this.deletions.add(deletion);
	}

	/** @return the recorded deletions, in the order they were scheduled; the caller removes the finished */
	List<Deletion> deletions() {
		return this.deletions;
	}

	/** Forgets every removal: none of them will be written, or the session's work was discarded. */
	void clear() {
		this.started.clear();
		this.pending.clear();
		this.deletions.clear();
	}

	int retained() {
		return this.started.size() + this.pending.size() + this.deletions.size();
	}

	private record Start(Object entity, boolean again) {
	}

	/**
	 * A deletion Hibernate scheduled.
	 * @param sender the entity class
	 * @param entity the entity
	 * @param origin the entity whose removal caused it
	 */
	record Deletion(Class<?> sender, Object entity, Object origin) {
	}

}
