package dev.signals.spring.jpa;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The removals of one session: which entity started each cascade (the {@code origin}), and the
 * {@code pre_delete} signals waiting for the next flush. Hibernate handles a removal by cascading
 * to the children first, so removals complete children before parents.
 */
final class Removals {

	private final List<Start> started = new ArrayList<>();

	private final Map<Object, Object> origins = new IdentityHashMap<>();

	private final List<ModelEvent> pending = new ArrayList<>();

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
			return record(entity, entity, deleted);
		}
		Object origin = this.started.get(0).entity();
		Start start = this.started.remove(this.started.size() - 1);
		return record(entity, origin, deleted && !start.again());
	}

	private @Nullable Object record(Object entity, Object origin, boolean deleted) {
		if (!deleted) {
			return null;
		}
		this.origins.put(entity, origin);
		return origin;
	}

	/**
	 * The entity whose removal started the removal of this one; forgets it.
	 * @param entity a deleted entity
	 * @return its origin, the entity itself when unknown
	 */
	Object originOf(Object entity) {
		Object origin = this.origins.remove(entity);
		return (origin != null) ? origin : entity;
	}

	/** Forgets every removal: the persistence context was cleared, none of them will be written. */
	void clear() {
		this.started.clear();
		this.origins.clear();
		this.pending.clear();
	}

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

	private record Start(Object entity, boolean again) {
	}

}
