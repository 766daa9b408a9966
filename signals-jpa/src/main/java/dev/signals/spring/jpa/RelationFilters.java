package dev.signals.spring.jpa;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.signals.Signal;
import dev.signals.SignalEvent;
import dev.signals.spring.Receiver;
import dev.signals.spring.ReceiverDeclarationException;
import dev.signals.spring.ReceiverFilterFactory;
import org.hibernate.persister.collection.CollectionPersister;
import org.jspecify.annotations.Nullable;

/**
 * Resolves {@link Relation @Relation} at startup against the many-to-many collections of the
 * session factories the bridge sends for, and filters {@code m2m_changed} by the
 * {@link ModelRelation} each change names.
 */
public final class RelationFilters implements ReceiverFilterFactory<Relation> {

	private final Supplier<Collection<ModelSignalBridge>> bridges;

	/** Every many-to-many collection, read once, at the first {@code @Relation}. */
	private @Nullable List<ManyToMany> collections;

	/**
	 * Resolves relations against the metamodels of the bridges the post-processor attached.
	 * @param postProcessor the post-processor that attaches the bridges
	 */
	public RelationFilters(ModelSignalsBeanPostProcessor postProcessor) {
		this(postProcessor::attachedBridges);
	}

	RelationFilters(Supplier<Collection<ModelSignalBridge>> bridges) {
		this.bridges = bridges;
	}

	@Override
	public Class<Relation> annotationType() {
		return Relation.class;
	}

	@Override
	public Predicate<SignalEvent> filter(Relation annotation, String description, Method method, Signal signal,
			Receiver receiver) {
		String name = annotation.value();
		String declared = "@Relation(\"" + name + "\")";
		if (!ModelSignals.M2M_CHANGED.equals(signal.name())) {
			throw new ReceiverDeclarationException(description, declared + " narrows m2m_changed to one relation, but "
					+ "the method receives '" + signal.name() + "'; use @Relation on a receiver of m2m_changed only "
					+ "(receive '" + signal.name() + "' in a method of its own), or remove it");
		}
		if (receiver.sender().length == 0) {
			Set<String> owners = collections().stream()
				.filter((collection) -> !collection.inverse() && collection.relation().attribute().equals(name))
				.map((collection) -> collection.relation().owner().getSimpleName() + ".class")
				.collect(Collectors.toCollection(TreeSet::new));
			throw new ReceiverDeclarationException(description, declared + " needs the class that owns the relation, "
					+ "but @Receiver names no sender; add sender = "
					+ (owners.isEmpty() ? "the entity class that declares it" : String.join(" or ", owners)));
		}
		Set<ModelRelation> relations = new LinkedHashSet<>();
		for (Class<?> sender : receiver.sender()) {
			relations.addAll(resolve(description, declared, name, sender, receiver.includeSubclasses()));
		}
		int index = signal.indexOf("relation");
		if (relations.size() == 1) {
			ModelRelation relation = relations.iterator().next();
			return (event) -> relation.equals(event.arguments().get(index));
		}
		Set<ModelRelation> any = Set.copyOf(relations);
		return (event) -> any.contains(event.arguments().get(index));
	}

	private List<ModelRelation> resolve(String description, String declared, String name, Class<?> sender,
			boolean includeSubclasses) {
		List<ManyToMany> of = collections().stream()
			.filter((collection) -> collection.of(sender, includeSubclasses))
			.toList();
		List<ModelRelation> named = of.stream()
			.filter((collection) -> !collection.inverse() && collection.relation().attribute().equals(name))
			.map(ManyToMany::relation)
			.toList();
		if (!named.isEmpty()) {
			return named;
		}
		String subject = sender.getSimpleName() + (includeSubclasses ? " and its subclasses" : "");
		for (ManyToMany collection : of) {
			if (collection.inverse() && collection.mappedBy() != null
					&& collection.relation().attribute().equals(name)) {
				String owning = collection.element().getSimpleName() + "." + collection.mappedBy();
				throw new ReceiverDeclarationException(description, declared + " is the inverse side of " + owning
						+ " (mappedBy = \"" + collection.mappedBy() + "\"), which sends no m2m_changed: JPA writes the "
						+ "join table from the owning side alone; receive from sender = "
						+ collection.element().getSimpleName() + ".class with @Relation(\"" + collection.mappedBy()
						+ "\")");
			}
		}
		Set<String> owning = of.stream()
			.filter((collection) -> !collection.inverse())
			.map((collection) -> collection.relation().attribute())
			.collect(Collectors.toCollection(TreeSet::new));
		String has = owning.isEmpty() ? " no owning @ManyToMany relation" : " " + String.join(", ", owning);
		throw new ReceiverDeclarationException(description, declared + " is no many-to-many relation of " + subject
				+ "; " + subject + (includeSubclasses ? " have" : " has") + has + ": "
				+ (owning.isEmpty() ? "fix @Receiver(sender = ...) or remove @Relation"
						: "name one of them (the attribute of the owning side, without mappedBy)"));
	}

	private List<ManyToMany> collections() {
		List<ManyToMany> collections = this.collections;
		if (collections == null) {
			List<ManyToMany> found = new ArrayList<>();
			for (ModelSignalBridge bridge : this.bridges.get()) {
				bridge.sessionFactory()
					.getMappingMetamodel()
					.forEachCollectionDescriptor((persister) -> {
						if (persister.isManyToMany()) {
							found.add(ManyToMany.of(persister));
						}
					});
			}
			collections = List.copyOf(found);
			this.collections = collections;
		}
		return collections;
	}

	/**
	 * A many-to-many collection of the metamodel.
	 * @param relation its owning class and attribute
	 * @param inverse whether it is the inverse side, whose changes JPA does not write
	 * @param mappedBy the owning attribute of an inverse side, else {@code null}
	 * @param element the class of its elements
	 */
	record ManyToMany(ModelRelation relation, boolean inverse, @Nullable String mappedBy, Class<?> element) {

		static ManyToMany of(CollectionPersister persister) {
			return new ManyToMany(ModelRelations.relation(persister), persister.isInverse(),
					persister.getMappedByProperty(), persister.getElementType().getReturnedClass());
		}

		/**
		 * @return whether the changes of a sender's instances can be to this collection: it is
		 * declared by the sender or a superclass, or, with subclasses, by one of those
		 */
		boolean of(Class<?> sender, boolean includeSubclasses) {
			Class<?> owner = this.relation.owner();
			return owner.isAssignableFrom(sender) || (includeSubclasses && sender.isAssignableFrom(owner));
		}

	}

}
