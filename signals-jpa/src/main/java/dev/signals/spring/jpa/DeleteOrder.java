package dev.signals.spring.jpa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.EntityType;
import org.hibernate.type.Type;

/**
 * Django's delete order: the signals of the objects a deletion collects are sent grouped by
 * model, models that depend on others first (a model depends on the models its foreign keys,
 * Hibernate's to-one associations, point to). Within a model, objects keep the order in which
 * they were removed. Models without a dependency between them keep the order in which they first
 * appeared, which for cascades is already children first.
 */
final class DeleteOrder {

	private final Map<Class<?>, Set<Class<?>>> referenced = new HashMap<>();

	DeleteOrder(SessionFactoryImplementor factory) {
		factory.getMappingMetamodel().forEachEntityDescriptor((persister) -> this.referenced
			.put(persister.getMappedClass(), referencedClasses(persister)));
	}

	private static Set<Class<?>> referencedClasses(EntityPersister persister) {
		Set<Class<?>> classes = new LinkedHashSet<>();
		for (Type type : persister.getPropertyTypes()) {
			if (type instanceof EntityType entity && !type.isCollectionType()) {
				classes.add(entity.getReturnedClass());
			}
		}
		return classes;
	}

	/**
	 * Sorts items about deleted entities into Django's delete order.
	 * @param <T> the item type
	 * @param items the items in the order the removals happened
	 * @param model the entity class of an item
	 * @return the items grouped by model, dependants first
	 */
	<T> List<T> sort(List<T> items, Function<T, Class<?>> model) {
		if (items.size() < 2) {
			return items;
		}
		Map<Class<?>, List<T>> groups = new LinkedHashMap<>();
		for (T item : items) {
			groups.computeIfAbsent(model.apply(item), (key) -> new ArrayList<>()).add(item);
		}
		if (groups.size() == 1) {
			return items;
		}
		List<Class<?>> models = new ArrayList<>(groups.keySet());
		List<Class<?>> ordered = new ArrayList<>();
		while (!models.isEmpty()) {
			// a model may go next once no remaining model points to it
			Class<?> next = models.stream()
				.filter((candidate) -> models.stream().noneMatch((other) -> other != candidate && dependsOn(other, candidate)))
				.findFirst()
				.orElse(models.get(0)); // a cycle: keep the order of appearance
			ordered.add(next);
			models.remove(next);
		}
		List<T> sorted = new ArrayList<>(items.size());
		ordered.forEach((key) -> sorted.addAll(groups.get(key)));
		return sorted;
	}

	/** Whether instances of {@code model} point to instances of {@code target} (directly or by a superclass). */
	private boolean dependsOn(Class<?> model, Class<?> target) {
		for (Map.Entry<Class<?>, Set<Class<?>>> references : this.referenced.entrySet()) {
			if (references.getKey().isAssignableFrom(model)) {
				for (Class<?> referenced : references.getValue()) {
					if (referenced.isAssignableFrom(target)) {
						return true;
					}
				}
			}
		}
		return false;
	}

}
