package dev.signals.spring.jpa;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.metamodel.Metamodel;

import dev.signals.Connect;
import dev.signals.SignalRegistry;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.autoconfigure.jpa.JpaSignalsAutoConfiguration;
import dev.signals.spring.ReceiverDeclarationException;
import dev.signals.spring.jpa.app.Order;
import dev.signals.spring.jpa.app.RushOrder;
import dev.signals.spring.jpa.app.Tag;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerGroup;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the JPA bridge applies, and that it validates senders and leaves nothing behind.
 */
class JpaSignalsAutoConfigurationTests {

	private final ApplicationContextRunner runner = TestApplicationRunner.withEntities();

	@Test
	void appliesWhenHibernateAndAnEntityManagerFactoryArePresent() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(ModelSignalsBeanPostProcessor.class);
			assertThat(context.getBean(ModelSignalsBeanPostProcessor.class).bridges()).hasSize(1);
			assertThat(context.getBean(JpaSignalsProperties.class).getMaxFlushRounds()).isEqualTo(10);
		});
	}

	@Test
	void backsOffWhenDisabled() {
		this.runner.withPropertyValues("signals.jpa.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ModelSignalsBeanPostProcessor.class)
				.doesNotHaveBean(ModelSignalSenders.class));
	}

	@Test
	void backsOffWhenSignalsAreDisabledAltogether() {
		this.runner.withPropertyValues("signals.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ModelSignalsBeanPostProcessor.class));
	}

	@Test
	void backsOffWithoutHibernateOnTheClasspath() {
		this.runner.withClassLoader(new FilteredClassLoader("org.hibernate"))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(SignalRegistry.class)
				.doesNotHaveBean(ModelSignalsBeanPostProcessor.class));
	}

	@Test
	void backsOffWithoutAnEntityManagerFactory() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class, JpaSignalsAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(SignalRegistry.class)
				.doesNotHaveBean(ModelSignalsBeanPostProcessor.class));
	}

	@Test
	void receiverForAClassThatIsNotAnEntityFailsTheStartupListingTheEntities() {
		this.runner.withUserConfiguration(ConnectsFor.class)
			.withPropertyValues("test.sender=java.lang.String")
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(ReceiverDeclarationException.class)
				.hasMessageStartingWith("Invalid receiver " + ConnectsFor.class.getName())
				.hasMessageContaining(": signal 'post_save' is never sent by java.lang.String; it is sent by "
						+ "[dev.signals.spring.jpa.app.Account, dev.signals.spring.jpa.app.Article, ")
				.hasMessageEndingWith("dev.signals.spring.jpa.app.Toy] (the entity classes of this application): "
						+ "connect it for one of them, or for any sender"));
	}

	@Test
	void receiverForASupertypeOfEntitiesNeedsTheSubclassOptIn() {
		this.runner.withUserConfiguration(ConnectsFor.class)
			.withPropertyValues("test.sender=java.lang.Object")
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(ReceiverDeclarationException.class)
				.hasMessageEndingWith(": signal 'post_save' is sent by subclasses of java.lang.Object, never by the "
						+ "class itself; connect it with Connect.sender(...).includeSubclasses() to receive from them"));
		this.runner.withUserConfiguration(ConnectsFor.class)
			.withPropertyValues("test.sender=java.lang.Object", "test.subclasses=true")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void receiverForAnEntityOrAnyEntityStarts() {
		this.runner.withUserConfiguration(ConnectsFor.class)
			.withPropertyValues("test.sender=" + RushOrder.class.getName())
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void closingTheContextRemovesEveryListenerOfTheBridge() {
		List<EventListenerGroup<?>> groups = new ArrayList<>();
		List<Object> ours = new ArrayList<>();
		this.runner.run((context) -> {
			SessionFactoryImplementor factory = context.getBean(EntityManagerFactory.class)
				.unwrap(SessionFactoryImplementor.class);
			EventListenerRegistry registry = factory.getEventListenerRegistry();
			for (EventType<?> type : EventType.values()) {
				groups.add(registry.getEventListenerGroup(type));
			}
			ModelSignals.definitions()
				.forEach((signal) -> context.getBean(SignalRegistry.class).get(signal.name()).connect((event) -> null));
			ours.addAll(context.getBean(ModelSignalsBeanPostProcessor.class).bridges().get(factory)
				.registeredListeners());
			assertThat(listeners(groups)).containsAll(ours);
		});
		assertThat(ours).isNotEmpty();
		assertThat(listeners(groups)).doesNotContainAnyElementsOf(ours)
			.noneMatch((listener) -> listener.getClass().getName().startsWith("dev.signals"))
			.isNotEmpty();
	}

	@Test
	void hibernateListensPerRowLoadOrCollectionOnlyForSignalsThatHaveAReceiver() {
		Set<EventType<?>> always = Set.of(EventType.FLUSH, EventType.AUTO_FLUSH, EventType.DELETE, EventType.PERSIST,
				EventType.PERSIST_ONFLUSH, EventType.MERGE, EventType.CLEAR);
		this.runner.run((context) -> {
			ModelSignalBridge bridge = bridge(context);
			SignalRegistry registry = context.getBean(SignalRegistry.class);
			assertThat(bridge.registeredEventTypes()).isEmpty();
			EntityManager em = SharedEntityManagerCreator
				.createSharedEntityManager(context.getBean(EntityManagerFactory.class));
			TransactionTemplate transactions = new TransactionTemplate(
					context.getBean(PlatformTransactionManager.class));
			List<Object> saved = new ArrayList<>();
			registry.get(ModelSignals.POST_SAVE)
				.connect((event) -> saved.add(event.get("instance")), Connect.sender(Order.class));
			assertThat(bridge.registeredEventTypes()).containsAll(always)
				.contains(EventType.POST_INSERT, EventType.POST_UPDATE)
				.doesNotContain(EventType.PRE_INSERT, EventType.PRE_UPDATE, EventType.POST_LOAD,
						EventType.PRE_COLLECTION_UPDATE);
			Order order = new Order("heard");
			transactions.executeWithoutResult((status) -> em.persist(order));
			assertThat(saved).containsExactly(order);
			registry.get(ModelSignals.PRE_SAVE).connect((event) -> null);
			registry.get(ModelSignals.POST_INIT).connect((event) -> null);
			registry.get(ModelSignals.M2M_CHANGED).connect((event) -> null);
			assertThat(bridge.registeredEventTypes()).contains(EventType.PRE_INSERT, EventType.PRE_UPDATE,
					EventType.POST_LOAD, EventType.PRE_COLLECTION_RECREATE, EventType.PRE_COLLECTION_UPDATE,
					EventType.PRE_COLLECTION_REMOVE);
			int registered = bridge.registeredListeners().size();
			registry.get(ModelSignals.POST_SAVE).connect((event) -> null);
			assertThat(bridge.registeredListeners()).hasSize(registered);
		});
	}

	@Test
	void withoutReceiversHibernateCallsNothingOfTheBridgeAndADeleteReceiverBringsOnlyTheOperationListeners() {
		Set<EventType<?>> operations = Set.of(EventType.FLUSH, EventType.AUTO_FLUSH, EventType.DELETE,
				EventType.PERSIST, EventType.PERSIST_ONFLUSH, EventType.MERGE, EventType.CLEAR);
		this.runner.run((context) -> {
			ModelSignalBridge bridge = bridge(context);
			EntityManager em = SharedEntityManagerCreator
				.createSharedEntityManager(context.getBean(EntityManagerFactory.class));
			TransactionTemplate transactions = new TransactionTemplate(
					context.getBean(PlatformTransactionManager.class));
			Order order = new Order("unheard");
			transactions.executeWithoutResult((status) -> em.persist(order));
			assertThat(bridge.registeredListeners()).isEmpty();
			assertThat(bridge.openSessions()).isZero();
			List<Object> deleted = new ArrayList<>();
			context.getBean(SignalRegistry.class)
				.get(ModelSignals.POST_DELETE)
				.connect((event) -> deleted.add(event.get("instance")), Connect.sender(Order.class));
			assertThat(bridge.registeredEventTypes()).isEqualTo(operations);
			transactions.executeWithoutResult((status) -> em.remove(em.find(Order.class, order.getId())));
			assertThat(deleted).singleElement().extracting((entity) -> ((Order) entity).getId()).isEqualTo(order.getId());
		});
	}

	@Test
	void firstReceiverConnectedInsideATransactionHearsTheRowsWrittenAfterItAndTheCommitSucceeds() {
		this.runner.run((context) -> {
			SignalRegistry registry = context.getBean(SignalRegistry.class);
			EntityManager em = SharedEntityManagerCreator
				.createSharedEntityManager(context.getBean(EntityManagerFactory.class));
			Order before = new Order("before");
			Order after = new Order("after");
			List<Object> saved = new ArrayList<>();
			new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult((status) -> {
				em.persist(before);
				em.flush();
				registry.get(ModelSignals.POST_SAVE).connect((event) -> saved.add(event.get("instance")));
				em.persist(after);
				before.setNote("changed after the receiver came");
			});
			assertThat(saved).containsExactlyInAnyOrder(after, before);
			String note = new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
				.execute((status) -> em.createQuery("select o.note from Order o where o.id = :id", String.class)
					.setParameter("id", before.getId())
					.getSingleResult());
			assertThat(note).isEqualTo("changed after the receiver came");
		});
	}

	@Test
	void postSaveReceiverForOneEntityHearsOnlyItsRowsAndOneConnectedBetweenFlushesHearsTheNextFlush() {
		this.runner.run((context) -> {
			SignalRegistry registry = context.getBean(SignalRegistry.class);
			List<Object> orders = new ArrayList<>();
			List<Object> tags = new ArrayList<>();
			registry.get(ModelSignals.POST_SAVE)
				.connect((event) -> orders.add(event.get("instance")), Connect.sender(Order.class));
			EntityManager em = SharedEntityManagerCreator
				.createSharedEntityManager(context.getBean(EntityManagerFactory.class));
			Order first = new Order("first");
			Tag early = new Tag("early");
			Order second = new Order("second");
			Tag late = new Tag("late");
			new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult((status) -> {
				em.persist(first);
				em.persist(early);
				em.flush();
				assertThat(orders).containsExactly(first);
				registry.get(ModelSignals.POST_SAVE)
					.connect((event) -> tags.add(event.get("instance")), Connect.sender(Tag.class));
				em.persist(late);
				em.persist(second);
				em.flush();
			});
			assertThat(orders).containsExactly(first, second);
			assertThat(tags).containsExactly(late);
		});
	}

	@Test
	void withoutModelSignalReceiversNoSessionKeepsAnyState() {
		this.runner.run((context) -> {
			ModelSignalBridge bridge = bridge(context);
			EntityManager em = SharedEntityManagerCreator
				.createSharedEntityManager(context.getBean(EntityManagerFactory.class));
			new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult((status) -> {
				Order order = new Order("quiet");
				em.persist(order);
				em.flush();
				order.setStatus("CHANGED");
				assertThat(em.createQuery("select o from Order o", Order.class).getResultList()).hasSize(1);
				em.remove(order);
				em.flush();
				assertThat(bridge.openSessions()).isZero();
			});
		});
	}

	@Test
	void sessionStateIsDroppedWhenTheSessionCloses() {
		this.runner.run((context) -> {
			ModelSignalBridge bridge = bridge(context);
			List<Object> saved = new ArrayList<>();
			context.getBean(SignalRegistry.class)
				.get(ModelSignals.POST_SAVE)
				.connect((event) -> saved.add(event.get("instance")), Connect.sender(Order.class));
			EntityManager em = SharedEntityManagerCreator
				.createSharedEntityManager(context.getBean(EntityManagerFactory.class));
			new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult((status) -> {
				em.persist(new Order("remembered"));
				em.flush();
				assertThat(bridge.openSessions()).isOne();
			});
			assertThat(saved).hasSize(1);
			assertThat(bridge.openSessions()).isZero();
		});
	}

	private static ModelSignalBridge bridge(AssertableApplicationContext context) {
		return context.getBean(ModelSignalsBeanPostProcessor.class).bridges().values().iterator().next();
	}

	@Test
	void entityManagerFactoryOfAnotherProviderIsLeftAloneAndStillClosed() {
		OtherProvider other = new OtherProvider();
		// declared as Object, so that Spring Boot still configures Hibernate's factory beside it
		this.runner.withBean("otherEntityManagerFactory", Object.class, other::factory).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBeansOfType(EntityManagerFactory.class)).hasSize(2);
			assertThat(context.getBean(ModelSignalsBeanPostProcessor.class).bridges()).hasSize(1);
		});
		assertThat(other.closed).isTrue();
	}

	private static List<Object> listeners(List<EventListenerGroup<?>> groups) {
		List<Object> all = new ArrayList<>();
		groups.forEach((group) -> group.listeners().forEach(all::add));
		return all;
	}

	/**
	 * An entity manager factory of a JPA provider other than Hibernate: it cannot be unwrapped to
	 * one, and its metamodel has no entity.
	 */
	static final class OtherProvider {

		volatile boolean closed;

		EntityManagerFactory factory() {
			return (EntityManagerFactory) Proxy.newProxyInstance(getClass().getClassLoader(),
					new Class<?>[] { EntityManagerFactory.class }, (proxy, method, args) -> switch (method.getName()) {
						case "isOpen" -> !this.closed;
						case "close" -> {
							this.closed = true;
							yield null;
						}
						case "getMetamodel" -> Proxy.newProxyInstance(getClass().getClassLoader(),
								new Class<?>[] { Metamodel.class }, (metamodel, call, none) -> Set.of());
						case "unwrap" -> throw new PersistenceException("Not a Hibernate session factory");
						case "toString" -> "another provider's EntityManagerFactory";
						case "hashCode" -> System.identityHashCode(proxy);
						case "equals" -> proxy == args[0];
						default -> throw new UnsupportedOperationException(method.getName());
					});
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ConnectsFor {

		@Bean
		Object connectsFor(SignalRegistry registry, org.springframework.core.env.Environment environment)
				throws ClassNotFoundException {
			Class<?> sender = Class.forName(environment.getRequiredProperty("test.sender"));
			Connect options = environment.getProperty("test.subclasses", Boolean.class, false)
					? Connect.sender(sender).includeSubclasses() : Connect.sender(sender);
			return registry.get(ModelSignals.POST_SAVE).connect((event) -> null, options);
		}

	}

}
