package dev.signals.spring.jpa;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;

import dev.signals.spring.SignalSenders;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The senders of the model signals: the entity classes of every persistence unit of the context,
 * so that a receiver of a model signal connected for another class (one that is not an entity,
 * or a supertype of entities without {@code includeSubclasses}) fails the start.
 */
public final class ModelSignalSenders implements SignalSenders {

	private final ObjectProvider<EntityManagerFactory> entityManagerFactories;

	/**
	 * Knows the entity classes of every entity manager factory of the context.
	 * @param entityManagerFactories the context's entity manager factories
	 */
	public ModelSignalSenders(ObjectProvider<EntityManagerFactory> entityManagerFactories) {
		this.entityManagerFactories = entityManagerFactories;
	}

	@Override
	public Set<String> signalNames() {
		return ModelSignals.NAMES;
	}

	@Override
	public Set<String> instanceSignals() {
		return ModelSignals.NAMES;
	}

	@Override
	public Set<Class<?>> senders() {
		Set<Class<?>> entities = new HashSet<>();
		this.entityManagerFactories.orderedStream()
			.forEach((emf) -> emf.getMetamodel()
				.getEntities()
				.stream()
				.map(EntityType::getJavaType)
				.forEach(entities::add));
		return entities;
	}

	@Override
	public String description() {
		return "the entity classes of this application";
	}

}
