package dev.signals.spring.jpa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.signals.ReceiverInfo;
import dev.signals.Signal;
import dev.signals.SignalRegistry;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * Fails the start of the context when a receiver of a model signal is connected for a sender that
 * never sends it: a class that is not an entity of any persistence unit (nor, with
 * {@code includeSubclasses}, a supertype of one), or an object that is not a class at all.
 */
final class ModelSenderValidator implements ApplicationListener<ContextRefreshedEvent> {

	private final ApplicationContext context;

	private final ObjectProvider<SignalRegistry> registry;

	private final ObjectProvider<EntityManagerFactory> entityManagerFactories;

	ModelSenderValidator(ApplicationContext context, ObjectProvider<SignalRegistry> registry,
			ObjectProvider<EntityManagerFactory> entityManagerFactories) {
		this.context = context;
		this.registry = registry;
		this.entityManagerFactories = entityManagerFactories;
	}

	@Override
	public void onApplicationEvent(ContextRefreshedEvent event) {
		if (event.getApplicationContext() == this.context) {
			validate();
		}
	}

	void validate() {
		SignalRegistry signals = this.registry.getIfAvailable();
		if (signals == null) {
			return;
		}
		Set<Class<?>> entities = entityClasses();
		List<String> problems = new ArrayList<>();
		for (String name : new TreeSet<>(ModelSignals.NAMES)) {
			Signal signal = signals.find(name).orElse(null);
			if (signal == null) {
				continue;
			}
			for (ReceiverInfo receiver : signal.receivers()) {
				if (!receiver.anySender() && !sends(receiver, entities)) {
					problems.add(problem(name, receiver, entities));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException(String.join("\n", problems) + "\nModel signals are sent with the entity "
					+ "class as sender; the entity classes of this application are " + names(entities));
		}
	}

	private static boolean sends(ReceiverInfo receiver, Set<Class<?>> entities) {
		if (!(receiver.sender() instanceof Class<?> type)) {
			return false;
		}
		return entities.contains(type)
				|| (receiver.includeSubclasses() && entities.stream().anyMatch(type::isAssignableFrom));
	}

	private static String problem(String signal, ReceiverInfo receiver, Set<Class<?>> entities) {
		Object sender = receiver.sender();
		String prefix = "Receiver " + receiver.description() + " of signal '" + signal + "' is connected for sender "
				+ sender + ", ";
		if (!(sender instanceof Class<?> type)) {
			return prefix + "which is not a class; connect it for an entity class";
		}
		if (entities.stream().anyMatch(type::isAssignableFrom)) {
			return prefix + "a supertype of entity classes that never sends itself; connect it with "
					+ "includeSubclasses() (@Receiver(includeSubclasses = true)) to receive from its subclasses";
		}
		return prefix + "which is not a JPA entity class; connect it for one of the entity classes";
	}

	private Set<Class<?>> entityClasses() {
		Set<Class<?>> entities = new TreeSet<>(Comparator.comparing(Class::getName));
		this.entityManagerFactories.orderedStream()
			.forEach((emf) -> emf.getMetamodel()
				.getEntities()
				.stream()
				.map(EntityType::getJavaType)
				.forEach(entities::add));
		return entities;
	}

	private static List<String> names(Set<Class<?>> entities) {
		return entities.stream().map(Class::getName).toList();
	}

}
