package dev.signals.spring.jpa;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import dev.signals.spring.SignalSenders;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The senders of the model signals: the entity classes of every persistence unit of the context,
 * so that a receiver of a model signal connected for another class (one that is not an entity,
 * or a supertype of entities without {@code includeSubclasses}) fails the start; and the type of
 * {@code m2m_changed}'s {@code relation}, which the signal declares as {@code Object}.
 */
final class ModelSignalSenders implements SignalSenders {

	private final ObjectProvider<EntityManagerFactory> entityManagerFactories;

	ModelSignalSenders(ObjectProvider<EntityManagerFactory> entityManagerFactories) {
		this.entityManagerFactories = entityManagerFactories;
	}

	@Override
	public Set<String> signalNames() {
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

	@Override
	public Map<String, Class<?>> argumentTypes() {
		return Map.of("relation", ModelRelation.class);
	}

}
