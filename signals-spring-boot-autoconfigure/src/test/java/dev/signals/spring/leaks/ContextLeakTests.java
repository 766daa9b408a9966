package dev.signals.spring.leaks;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import dev.signals.Signal;
import dev.signals.SignalRegistry;
import dev.signals.autoconfigure.BuiltInSignals;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Starts and closes 50 application contexts in a row, each with its own registry, H2 database,
 * Hibernate and receiver bean. Once closed, no receiver of theirs is connected, Hibernate holds no
 * listener of the bridge, and the contexts, bean factories, receiver beans, registries and
 * entity manager factories are collected.
 */
class ContextLeakTests {

	private static final int CONTEXTS = 50;

	private static final Duration COLLECTION_TIMEOUT = Duration.ofSeconds(30);

	private final ReferenceQueue<Object> queue = new ReferenceQueue<>();

	private final Map<Reference<?>, String> watched = new HashMap<>();

	@Test
	void closedContextsLeaveNoReceiverNoListenerAndAreCollected() {
		List<Signal> signalsOfClosedContexts = new ArrayList<>();
		for (int i = 0; i < CONTEXTS; i++) {
			signalsOfClosedContexts.addAll(startUseAndClose(i));
		}
		assertThat(signalsOfClosedContexts).hasSize(CONTEXTS * BuiltInSignals.registry().signals().size())
			.allSatisfy((signal) -> {
				assertThat(signal.receivers()).as("receivers of %s", signal).isEmpty();
				assertThat(signal.hasReceivers()).isFalse();
			});
		awaitCollected();
	}

	private List<Signal> startUseAndClose(int index) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(LeakApplication.class)
			.web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "spring.datasource.url=jdbc:h2:mem:leak" + index,
					"spring.jpa.open-in-view=false", "spring.main.log-startup-info=false")
			.run();
		SignalRegistry registry = context.getBean(SignalRegistry.class);
		LeakApplication.ThingReceiver receiver = context.getBean(LeakApplication.ThingReceiver.class);
		EntityManagerFactory entityManagerFactory = context.getBean(EntityManagerFactory.class);
		SessionFactoryImplementor sessionFactory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
		EventListenerRegistry listeners = sessionFactory.getEventListenerRegistry();
		new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
			.executeWithoutResult((status) -> {
				EntityManager entityManager = EntityManagerFactoryUtils
					.getTransactionalEntityManager(entityManagerFactory);
				entityManager.persist(new Thing());
			});
		assertThat(receiver.saved).as("the receiver of context %s is connected", index).hasValue(1);
		assertThat(ourListeners(listeners)).as("the bridge is attached to Hibernate").isNotEmpty();
		watch(context, "context " + index);
		watch(context.getBeanFactory(), "bean factory of context " + index);
		watch(receiver, "receiver bean of context " + index);
		watch(registry, "registry of context " + index);
		watch(entityManagerFactory, "entity manager factory of context " + index);
		watch(sessionFactory, "session factory of context " + index);
		context.close();
		assertThat(sessionFactory.isClosed()).isTrue();
		assertThat(ourListeners(listeners)).as("listeners of the bridge left in Hibernate after close").isEmpty();
		return registry.signals();
	}

	/** The listeners of every Hibernate event type that belong to this project. */
	private static List<Object> ourListeners(EventListenerRegistry registry) {
		List<Object> ours = new ArrayList<>();
		for (EventType<?> type : EventType.values()) {
			registry.getEventListenerGroup(type).fireEventOnEachListener(null, (listener, event) -> {
				if (listener.getClass().getName().startsWith("dev.signals.")) {
					ours.add(listener);
				}
			});
		}
		return ours;
	}

	private void watch(Object target, String description) {
		this.watched.put(new WeakReference<>(target, this.queue), description);
	}

	private void awaitCollected() {
		Set<Reference<?>> collected = new HashSet<>();
		long deadline = System.nanoTime() + COLLECTION_TIMEOUT.toNanos();
		while (collected.size() < this.watched.size() && System.nanoTime() < deadline) {
			System.gc();
			try {
				Reference<?> reference = this.queue.remove(100);
				while (reference != null) {
					collected.add(reference);
					reference = this.queue.poll();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		List<String> alive = this.watched.entrySet()
			.stream()
			.filter((entry) -> !collected.contains(entry.getKey()))
			.map(Map.Entry::getValue)
			.sorted()
			.toList();
		if (!alive.isEmpty()) {
			fail("Not collected within %s: %s", COLLECTION_TIMEOUT, alive);
		}
	}

}
