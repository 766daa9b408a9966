package dev.signals.spring.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import dev.signals.Connect;
import dev.signals.spring.jpa.app.Article;
import dev.signals.spring.jpa.app.AuditEntry;
import dev.signals.spring.jpa.app.Customer;
import dev.signals.spring.jpa.app.Order;
import dev.signals.spring.jpa.app.Parent;
import dev.signals.spring.jpa.app.Post;
import dev.signals.spring.jpa.app.Recorder.Recorded;
import dev.signals.spring.jpa.app.RushOrder;
import dev.signals.spring.jpa.app.Setting;
import dev.signals.spring.jpa.app.Tag;
import dev.signals.spring.jpa.app.Ticket;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.proxy.HibernateProxy;
import org.junit.jupiter.api.Test;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The behaviour of the model signals, run against each database by a subclass.
 */
abstract class AbstractModelSignalsTests extends ModelSignalsTestSupport {

	// 1. a pre_save receiver's change is in the row written

	@Test
	void preSaveChangeIsInTheInsertedRow() {
		keep(this.slugReceiver.connect(this.registry));
		Long id = inTransaction(() -> this.articles.save(new Article("Hello World")).getId());
		assertThat(this.jdbc.queryForObject("select slug from article where id = ?", String.class, id))
			.isEqualTo("hello-world");
		assertThat(this.recorder.of(ModelSignals.POST_SAVE)).singleElement()
			.satisfies((event) -> assertThat(event.get("created")).isEqualTo(true));
	}

	@Test
	void preSaveChangeIsInTheUpdatedRowAndTheReceiverSeesWhatChanged() {
		keep(this.slugReceiver.connect(this.registry));
		Long id = inTransaction(() -> this.articles.save(new Article("Hello World")).getId());
		this.recorder.clear();
		inTransaction(() -> this.articles.findById(id).orElseThrow().setTitle("Second Title"));
		assertThat(this.jdbc.queryForObject("select slug from article where id = ?", String.class, id))
			.isEqualTo("second-title");
		Recorded preSave = this.recorder.of(ModelSignals.PRE_SAVE).get(0);
		assertThat(preSave.get("updateFields")).isEqualTo(Set.of("title"));
		assertThat(preSave.get("previousValues")).isEqualTo(Map.of("title", "Hello World"));
		Recorded postSave = this.recorder.of(ModelSignals.POST_SAVE).get(0);
		assertThat(postSave.get("created")).isEqualTo(false);
		assertThat(postSave.get("updateFields")).isEqualTo(Set.of("title", "slug"));
		assertThat(postSave.get("previousValues")).isEqualTo(Map.of("title", "Hello World", "slug", "hello-world"));
		assertThat(this.recorder.of(ModelSignals.POST_SAVE)).hasSize(1);
	}

	// 2. the blog post's example

	@Test
	void blogPostReceiverSavesTheCreatedInstanceAgainWithoutRecursion() {
		keep(this.specialFieldReceiver.connect(this.registry));
		Long id = inTransaction(() -> this.customers.save(new Customer("Ada")).getId());
		assertThat(this.jdbc.queryForObject("select special_field from customer where id = ?", String.class, id))
			.isEqualTo("special Ada");
		assertThat(this.recorder.of(ModelSignals.POST_SAVE)).extracting((event) -> event.get("created"),
				(event) -> event.get("updateFields"))
			.containsExactly(tuple(true, null), tuple(false, Set.of("specialField")));
	}

	@Test
	void blogPostReceiverWorksWithSaveAndFlushToo() {
		keep(this.specialFieldReceiver.connect(this.registry));
		Long id = inTransaction(() -> {
			Customer customer = this.customers.saveAndFlush(new Customer("Grace"));
			assertThat(customer.getSpecialField()).isEqualTo("special Grace");
			return customer.getId();
		});
		assertThat(this.jdbc.queryForObject("select special_field from customer where id = ?", String.class, id))
			.isEqualTo("special Grace");
		assertThat(this.recorder.of(ModelSignals.POST_SAVE)).extracting((event) -> event.get("created"))
			.containsExactly(true, false);
	}

	@Test
	void receiverThatSavesOnEveryPostSaveFailsWithAClearErrorAndRollsBack() {
		connect(ModelSignals.POST_SAVE, Customer.class, (event) -> {
			Customer customer = (Customer) event.get("instance");
			customer.setSpecialField(String.valueOf(System.nanoTime()));
		});
		assertThatThrownBy(() -> inTransaction(() -> this.customers.save(new Customer("Loop"))))
			.extracting(NestedExceptionUtils::getMostSpecificCause)
			.isInstanceOf(FlushLoopException.class)
			.asInstanceOf(InstanceOfAssertFactories.THROWABLE)
			.hasMessageContaining("did not settle after 10 flush rounds")
			.hasMessageContaining("post_save(Customer)");
		assertThat(this.customers.count()).isZero();
	}

	// 3. receivers may query and save other entities

	@Test
	void receiversMayQueryAndSaveOtherEntitiesInEveryPhase() {
		for (String signal : List.of(ModelSignals.PRE_SAVE, ModelSignals.POST_SAVE, ModelSignals.PRE_DELETE, ModelSignals.POST_DELETE)) {
			connect(signal, Order.class, (event) -> {
				long orders = this.orders.count();
				this.audit.findAll();
				this.audit.save(new AuditEntry(signal + " " + ((Order) event.get("instance")).getName() + " of "
						+ orders));
			});
		}
		Long id = inTransaction(() -> this.orders.save(new Order("first")).getId());
		inTransaction(() -> this.orders.findById(id).orElseThrow().setStatus("PAID"));
		inTransaction(() -> this.orders.deleteById(id));
		assertThat(this.jdbc.queryForList("select message from audit_entry order by id", String.class))
			.containsExactly("pre_save first of 0", "post_save first of 1", "pre_save first of 1",
					"post_save first of 1", "pre_delete first of 1", "post_delete first of 0");
		assertThat(this.recorder.of(ModelSignals.POST_SAVE)).filteredOn((event) -> event.sender() == AuditEntry.class)
			.hasSize(6);
	}

	@Test
	void preSaveReceiverThatPersistsOnEverySaveFailsWithAClearErrorAndRollsBack() {
		connect(ModelSignals.PRE_SAVE, AuditEntry.class, (event) -> this.audit.save(new AuditEntry("again")));
		assertThatThrownBy(() -> inTransaction(() -> this.audit.save(new AuditEntry("first"))))
			.hasRootCauseInstanceOf(FlushLoopException.class)
			.rootCause()
			.hasMessageContaining("pre_save receivers persisted new entities 11 levels deep");
		assertThat(this.audit.count()).isZero();
	}

	@Test
	void preDeleteSeesTheRowAndPostDeleteRunsAfterItIsGone() {
		Long id = inTransaction(() -> this.orders.save(new Order("doomed")).getId());
		List<String> seen = new ArrayList<>();
		for (String signal : List.of(ModelSignals.PRE_DELETE, ModelSignals.POST_DELETE)) {
			connect(signal, Order.class, (event) -> seen.add(signal + " "
					+ this.jdbc.queryForObject("select count(*) from orders where id = ?", Integer.class, id)));
		}
		inTransaction(() -> this.orders.deleteById(id));
		assertThat(seen).containsExactly("pre_delete 1", "post_delete 0");
	}

	@Test
	void receiversMayFlushExplicitly() {
		for (String signal : List.of(ModelSignals.PRE_SAVE, ModelSignals.POST_SAVE)) {
			connect(signal, Order.class, (event) -> this.audit.saveAndFlush(new AuditEntry(signal)));
		}
		Long id = inTransaction(() -> this.orders.saveAndFlush(new Order("flushing")).getId());
		inTransaction(() -> {
			this.orders.findById(id).orElseThrow().setStatus("FLUSHED");
			this.em.flush();
		});
		assertThat(this.jdbc.queryForList("select message from audit_entry order by id", String.class))
			.containsExactly("pre_save", "post_save", "pre_save", "post_save");
		assertThat(this.recorder.of(ModelSignals.POST_SAVE)).filteredOn((event) -> event.sender() == Order.class)
			.extracting((event) -> event.get("created"))
			.containsExactly(true, false);
	}

	// 4. an exception in an immediate receiver rolls everything back

	@Test
	void exceptionInPostSaveReceiverRollsTheTransactionBack() {
		connect(ModelSignals.POST_SAVE, Order.class, (event) -> {
			throw new IllegalStateException("no orders today");
		});
		assertThatThrownBy(() -> inTransaction(() -> {
			this.audit.save(new AuditEntry("before"));
			this.orders.save(new Order("refused"));
		})).extracting(NestedExceptionUtils::getMostSpecificCause)
			.asInstanceOf(InstanceOfAssertFactories.THROWABLE)
			.hasMessage("no orders today");
		assertThat(this.orders.count()).isZero();
		assertThat(this.audit.count()).isZero();
	}

	@Test
	void exceptionInPreSaveOrPreDeleteReceiverRollsTheTransactionBack() {
		Long id = inTransaction(() -> this.orders.save(new Order("kept")).getId());
		connect(ModelSignals.PRE_SAVE, Order.class, (event) -> {
			throw new IllegalStateException("no saving");
		});
		connect(ModelSignals.PRE_DELETE, Order.class, (event) -> {
			throw new IllegalStateException("no deleting");
		});
		assertThatThrownBy(() -> inTransaction(() -> this.orders.findById(id).orElseThrow().setStatus("PAID")))
			.extracting(NestedExceptionUtils::getMostSpecificCause)
			.asInstanceOf(InstanceOfAssertFactories.THROWABLE)
			.hasMessage("no saving");
		assertThatThrownBy(() -> inTransaction(() -> this.orders.deleteById(id)))
			.extracting(NestedExceptionUtils::getMostSpecificCause)
			.asInstanceOf(InstanceOfAssertFactories.THROWABLE)
			.hasMessage("no deleting");
		assertThat(this.jdbc.queryForObject("select status from orders where id = ?", String.class, id))
			.isEqualTo("NEW");
	}

	// 5. created and updateFields

	@Test
	void createdIsTrueOnInsertAndFalseForUpdatesOfDetachedAndManagedEntities() {
		Order order = inTransaction(() -> this.orders.save(new Order("created")));
		order.setName("renamed");
		inTransaction(() -> this.orders.save(order));
		inTransaction(() -> this.orders.findById(order.getId()).orElseThrow().setStatus("SHIPPED"));
		assertThat(this.recorder.of(ModelSignals.POST_SAVE)).extracting((event) -> event.get("created"),
				(event) -> event.get("updateFields"), (event) -> event.get("previousValues"))
			.containsExactly(tuple(true, null, null), tuple(false, Set.of("name"), Map.of("name", "created")),
					tuple(false, Set.of("status"), Map.of("status", "NEW")));
		assertThat(this.recorder.of(ModelSignals.PRE_SAVE)).extracting((event) -> event.get("updateFields"))
			.containsExactly(null, Set.of("name"), Set.of("status"));
	}

	@Test
	void updateFieldsListNoCollectionEvenWhenSavingTheManagedInstanceAgain() {
		Long id = inTransaction(() -> {
			Parent parent = new Parent("father");
			parent.addChild("only");
			Parent saved = this.parents.save(parent);
			saved.setName("dad");
			return this.parents.save(saved).getId();
		});
		assertThat(this.recorder.of(ModelSignals.POST_SAVE)).filteredOn((event) -> event.instance() instanceof Parent)
			.extracting((event) -> event.get("created"), (event) -> event.get("updateFields"),
					(event) -> event.get("previousValues"))
			.containsExactly(tuple(true, null, null), tuple(false, Set.of("name"), Map.of("name", "father")));
		assertThat(this.parents.findById(id)).get().extracting(Parent::getName).isEqualTo("dad");
	}

	@Test
	void savingAnUnchangedEntitySendsNothing() {
		Order order = inTransaction(() -> this.orders.save(new Order("same")));
		this.recorder.clear();
		inTransaction(() -> this.orders.save(order));
		assertThat(this.recorder.of(ModelSignals.PRE_SAVE, ModelSignals.POST_SAVE)).isEmpty();
	}

	// 6. cascaded deletes

	@Test
	void removingAParentSendsPreDeleteForAllThenPostDeleteForAllWithTheParentAsOrigin() {
		Long id = inTransaction(() -> {
			Parent parent = new Parent("mother");
			parent.addChild("first");
			parent.addChild("second");
			parent.addToy("teddy");
			return this.parents.save(parent).getId();
		});
		this.recorder.clear();
		inTransaction(() -> this.parents.deleteById(id));
		List<Recorded> deletes = this.recorder.of(ModelSignals.PRE_DELETE, ModelSignals.POST_DELETE);
		assertThat(deletes).extracting(Recorded::signal, (event) -> name(event.instance()))
			.containsExactly(tuple("pre_delete", "first"), tuple("pre_delete", "second"), tuple("pre_delete", "teddy"),
					tuple("pre_delete", "mother"), tuple("post_delete", "first"), tuple("post_delete", "second"),
					tuple("post_delete", "teddy"), tuple("post_delete", "mother"));
		assertThat(deletes).extracting((event) -> name(event.get("origin"))).containsOnly("mother");
		assertThat(deletes).extracting((event) -> event.get("using")).containsOnly("default");
		assertThat(this.children.count()).isZero();
	}

	@Test
	void orphanRemovalSendsDeleteSignalsWithTheOrphanAsOrigin() {
		Long id = saveParent("father", "kept", "orphan");
		inTransaction(() -> this.parents.findById(id).orElseThrow().getChildren().remove(1));
		assertThat(this.recorder.of(ModelSignals.PRE_DELETE, ModelSignals.POST_DELETE))
			.extracting(Recorded::signal, (event) -> name(event.instance()), (event) -> name(event.get("origin")))
			.containsExactly(tuple("pre_delete", "orphan", "orphan"), tuple("post_delete", "orphan", "orphan"));
		assertThat(this.children.count()).isOne();
	}

	// 7. m2m_changed

	@Test
	void addingRemovingAndClearingTagsSendsM2mChangedWithThePrimaryKeys() {
		Tag red = inTransaction(() -> this.tags.save(new Tag("red")));
		Tag green = inTransaction(() -> this.tags.save(new Tag("green")));
		Tag blue = inTransaction(() -> this.tags.save(new Tag("blue")));
		Long id = inTransaction(() -> this.posts.save(new Post("post")).getId());
		this.recorder.clear();
		inTransaction(() -> {
			Post post = this.posts.findById(id).orElseThrow();
			post.getTags().add(this.tags.getReferenceById(red.getId()));
			post.getTags().add(this.tags.getReferenceById(green.getId()));
		});
		inTransaction(() -> {
			Post post = this.posts.findById(id).orElseThrow();
			post.getTags().add(this.tags.getReferenceById(red.getId()));
			post.getTags().add(this.tags.getReferenceById(blue.getId()));
		});
		inTransaction(() -> this.posts.findById(id).orElseThrow().getTags().remove(this.tags.getReferenceById(green.getId())));
		inTransaction(() -> this.posts.findById(id).orElseThrow().getTags().clear());
		List<Recorded> changes = this.recorder.of(ModelSignals.M2M_CHANGED);
		assertThat(changes).extracting((event) -> event.get("action"), (event) -> event.get("pkSet"))
			.containsExactly(tuple("pre_add", Set.of(red.getId(), green.getId())),
					tuple("post_add", Set.of(red.getId(), green.getId())), tuple("pre_add", Set.of(blue.getId())),
					tuple("post_add", Set.of(blue.getId())), tuple("pre_remove", Set.of(green.getId())),
					tuple("post_remove", Set.of(green.getId())), tuple("pre_clear", null), tuple("post_clear", null));
		assertThat(changes).allSatisfy((event) -> {
			assertThat(event.sender()).isEqualTo(Post.class);
			assertThat(event.instance()).isInstanceOf(Post.class);
			assertThat(event.get("model")).isEqualTo(Tag.class);
			assertThat(event.get("reverse")).isEqualTo(false);
			assertThat(event.get("using")).isEqualTo("default");
		});
		assertThat(this.jdbc.queryForObject("select count(*) from post_tags", Integer.class)).isZero();
	}

	@Test
	void savingANewOwnerWithElementsSendsAddForAllOfThem() {
		Tag red = inTransaction(() -> this.tags.save(new Tag("red")));
		Tag blue = inTransaction(() -> this.tags.save(new Tag("blue")));
		this.recorder.clear();
		inTransaction(() -> {
			Post post = new Post("tagged");
			post.getTags().add(this.tags.getReferenceById(red.getId()));
			post.getTags().add(this.tags.getReferenceById(blue.getId()));
			this.posts.save(post);
		});
		assertThat(this.recorder.of(ModelSignals.M2M_CHANGED)).extracting((event) -> event.get("action"),
				(event) -> event.get("pkSet"))
			.containsExactly(tuple("pre_add", Set.of(red.getId(), blue.getId())),
					tuple("post_add", Set.of(red.getId(), blue.getId())));
		assertThat(this.jdbc.queryForObject("select count(*) from post_tags", Integer.class)).isEqualTo(2);
	}

	@Test
	void changingOnlyTheInverseSideWritesNothingAndSendsNoM2mChanged() {
		Tag red = inTransaction(() -> this.tags.save(new Tag("red")));
		Long id = inTransaction(() -> this.posts.save(new Post("post")).getId());
		this.recorder.clear();
		inTransaction(() -> this.tags.findById(red.getId()).orElseThrow().getPosts()
			.add(this.posts.findById(id).orElseThrow()));
		assertThat(this.recorder.of(ModelSignals.M2M_CHANGED)).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from post_tags", Integer.class)).isZero();
	}

	// 8. senders

	@Test
	void receiverForOrderIsCalledForOrdersOnlyEvenWhenTheInstanceIsALazyProxy() {
		List<Object> received = new ArrayList<>();
		connect(ModelSignals.POST_SAVE, Order.class, (event) -> received.add(event.get("instance")));
		List<Object> loaded = new ArrayList<>();
		connect(ModelSignals.POST_INIT, Order.class, (event) -> loaded.add(event.get("instance")));
		Long id = inTransaction(() -> this.orders.save(new Order("proxied")).getId());
		inTransaction(() -> this.customers.save(new Customer("not an order")));
		received.clear();
		inTransaction(() -> {
			Order proxy = this.orders.getReferenceById(id);
			assertThat(proxy).isInstanceOf(HibernateProxy.class);
			proxy.setStatus("PROXIED");
		});
		assertThat(received).singleElement()
			.isNotInstanceOf(HibernateProxy.class)
			.satisfies((order) -> assertThat(order.getClass()).isEqualTo(Order.class));
		assertThat(loaded).singleElement().isNotInstanceOf(HibernateProxy.class);
		assertThat(this.recorder.of(ModelSignals.POST_SAVE, ModelSignals.POST_INIT)).extracting(Recorded::sender)
			.doesNotHaveAnyElementsOfTypes(HibernateProxy.class)
			.allSatisfy((sender) -> assertThat(sender).isIn(Order.class, Customer.class));
	}

	@Test
	void removingALazyProxySendsDeleteSignalsForTheEntityClassWithTheRealInstance() {
		Long id = inTransaction(() -> this.orders.save(new RushOrder("proxied rush")).getId());
		this.recorder.clear();
		inTransaction(() -> {
			Order proxy = this.em.getReference(Order.class, id);
			assertThat(proxy).isInstanceOf(HibernateProxy.class);
			this.em.remove(proxy);
		});
		assertThat(this.recorder.of(ModelSignals.PRE_DELETE, ModelSignals.POST_DELETE)).hasSize(2).allSatisfy((event) -> {
			assertThat(event.sender()).isEqualTo(RushOrder.class);
			assertThat(event.instance()).isExactlyInstanceOf(RushOrder.class);
			assertThat(event.get("origin")).isSameAs(event.instance());
		});
	}

	@Test
	void subclassOptInReceivesFromEntitySubclasses() {
		List<Object> exact = new ArrayList<>();
		List<Object> withSubclasses = new ArrayList<>();
		connect(ModelSignals.POST_SAVE, Order.class, (event) -> exact.add(event.sender()));
		keep(this.registry.get(ModelSignals.POST_SAVE)
			.connect((event) -> withSubclasses.add(event.sender()), Connect.sender(Order.class).includeSubclasses()));
		inTransaction(() -> this.orders.save(new RushOrder("rush")));
		inTransaction(() -> this.orders.save(new Order("plain")));
		assertThat(exact).containsExactly(Order.class);
		assertThat(withSubclasses).containsExactly(RushOrder.class, Order.class);
	}

	// 9. operations that send and operations that do not

	@Test
	void springDataOperationsSendModelSignals() {
		List<Order> saved = inTransaction(() -> this.orders.saveAll(List.of(new Order("a"), new Order("b"))));
		inTransaction(() -> this.orders.delete(saved.get(0)));
		inTransaction(() -> this.orders.deleteById(saved.get(1).getId()));
		assertThat(this.recorder.of(ModelSignals.POST_SAVE, ModelSignals.POST_DELETE)).filteredOn((e) -> e.sender() == Order.class)
			.extracting(Recorded::signal, (event) -> name(event.instance()))
			.containsExactly(tuple("post_save", "a"), tuple("post_save", "b"), tuple("post_delete", "a"),
					tuple("post_delete", "b"));
	}

	@Test
	void entityManagerOperationsSendModelSignals() {
		Order order = new Order("em");
		inTransaction(() -> this.em.persist(order));
		order.setStatus("MERGED");
		inTransaction(() -> {
			this.em.merge(order);
		});
		inTransaction(() -> this.em.remove(this.em.find(Order.class, order.getId())));
		assertThat(this.recorder.of(ModelSignals.PRE_SAVE, ModelSignals.POST_SAVE, ModelSignals.PRE_DELETE, ModelSignals.POST_DELETE))
			.extracting(Recorded::signal, (event) -> event.get("created"))
			.containsExactly(tuple("pre_save", null), tuple("post_save", true), tuple("pre_save", null),
					tuple("post_save", false), tuple("pre_delete", null), tuple("post_delete", null));
	}

	@Test
	void bulkOperationsSendNothing() {
		inTransaction(() -> this.orders.saveAll(List.of(new Order("x"), new Order("y"))));
		this.recorder.clear();
		inTransaction(() -> this.orders.markAll("BULK"));
		inTransaction(() -> this.em.createQuery("update Order o set o.note = 'jpql'").executeUpdate());
		inTransaction(() -> this.orders.deleteAllInBatch());
		assertThat(this.recorder.of(ModelSignals.PRE_SAVE, ModelSignals.POST_SAVE, ModelSignals.PRE_DELETE, ModelSignals.POST_DELETE))
			.isEmpty();
		assertThat(this.orders.count()).isZero();
	}

	@Test
	void statelessSessionsSendNothing() {
		try (StatelessSession session = this.emf.unwrap(SessionFactory.class).openStatelessSession()) {
			session.getTransaction().begin();
			Order order = new Order("stateless");
			session.insert(order);
			order.setStatus("UPDATED");
			session.update(order);
			session.get(Order.class, order.getId());
			session.delete(order);
			session.getTransaction().commit();
		}
		assertThat(this.recorder.events()).isEmpty();
	}

	// 10. the application's Hibernate settings and integrators

	@Test
	void applicationIntegratorAndSettingsKeepWorking() {
		int before = this.appIntegrator.inserts();
		inTransaction(() -> this.orders.save(new Order("integrated")));
		assertThat(this.appIntegrator.inserts()).isEqualTo(before + 1);
		assertThat(this.recorder.of(ModelSignals.POST_SAVE)).hasSize(1);
		assertThat(this.emf.unwrap(SessionFactoryImplementor.class).getSessionFactoryOptions().getJdbcBatchSize())
			.isEqualTo(7);
	}

	@Test
	void usingIsThePersistenceUnitName() {
		inTransaction(() -> this.orders.save(new Order("unit")));
		assertThat(this.recorder.of(ModelSignals.PRE_SAVE, ModelSignals.POST_SAVE)).extracting((event) -> event.get("using"))
			.containsOnly("default");
	}

	@Test
	void postInitIsSentForEveryLoadedEntity() {
		inTransaction(() -> this.orders.saveAll(List.of(new Order("one"), new Order("two"))));
		this.recorder.clear();
		AtomicInteger count = new AtomicInteger();
		AtomicReference<Object> sender = new AtomicReference<>();
		connect(ModelSignals.POST_INIT, Order.class, (event) -> {
			count.incrementAndGet();
			sender.set(event.sender());
		});
		inTransaction(() -> this.orders.findAll());
		assertThat(count).hasValue(2);
		assertThat(sender).hasValue(Order.class);
	}

	// when receivers run relative to the flush

	@Test
	void postSaveArrivesAfterTheRowWasWrittenInsideTheTransaction() {
		List<Integer> rows = new ArrayList<>();
		connect(ModelSignals.POST_SAVE, Order.class, (event) -> {
			Long id = ((Order) event.get("instance")).getId();
			rows.add(this.jdbc.queryForObject("select count(*) from orders where id = ?", Integer.class, id));
		});
		inTransaction(() -> this.orders.save(new Order("written")));
		assertThat(rows).containsExactly(1);
	}

	@Test
	void signalsOfTheCommitFlushAreSentBeforeOtherBeforeCommitCallbacks() {
		Long id = inTransaction(() -> this.orders.save(new Order("late")).getId());
		this.recorder.clear();
		List<String> sentBeforeCommit = new ArrayList<>();
		inTransaction(() -> {
			this.orders.findById(id).orElseThrow().setStatus("CHANGED AT COMMIT");
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					AbstractModelSignalsTests.this.recorder.of(ModelSignals.PRE_SAVE, ModelSignals.POST_SAVE)
						.forEach((event) -> sentBeforeCommit.add(event.signal()));
				}
			});
		});
		assertThat(sentBeforeCommit).containsExactly("pre_save", "post_save");
	}

	@Test
	void autoFlushBeforeAQuerySendsPostSaveAndWritesWhatItsReceiversSave() {
		connect(ModelSignals.POST_SAVE, Order.class, (event) -> this.audit.save(new AuditEntry("saw order")));
		inTransaction(() -> {
			this.orders.save(new Order("auto"));
			assertThat(this.recorder.of(ModelSignals.POST_SAVE)).isEmpty();
			assertThat(this.orders.findAll()).hasSize(1);
			assertThat(this.recorder.of(ModelSignals.POST_SAVE)).extracting(Recorded::sender)
				.containsExactly(Order.class, AuditEntry.class);
			assertThat(this.jdbc.queryForObject("select count(*) from audit_entry", Integer.class)).isOne();
		});
		assertThat(this.audit.count()).isOne();
	}

	@Test
	void queryOnAnotherTableBeforeCommitDoesNotSendPreSaveTwice() {
		Long id = inTransaction(() -> this.orders.save(new Order("once")).getId());
		this.recorder.clear();
		inTransaction(() -> {
			this.orders.findById(id).orElseThrow().setStatus("ONCE");
			assertThat(this.audit.findAll()).isEmpty();
		});
		assertThat(this.recorder.of(ModelSignals.PRE_SAVE, ModelSignals.POST_SAVE)).extracting(Recorded::signal)
			.containsExactly("pre_save", "post_save");
		assertThat(this.jdbc.queryForObject("select status from orders where id = ?", String.class, id))
			.isEqualTo("ONCE");
	}

	@Test
	void postSaveReceiverMayDeleteWhatWasJustCreated() {
		connect(ModelSignals.POST_SAVE, Order.class, (event) -> {
			if (Boolean.TRUE.equals(event.get("created"))) {
				this.orders.delete((Order) event.get("instance"));
			}
		});
		inTransaction(() -> this.orders.save(new Order("short-lived")));
		assertThat(this.recorder.of(ModelSignals.POST_SAVE, ModelSignals.PRE_DELETE, ModelSignals.POST_DELETE))
			.extracting(Recorded::signal)
			.containsExactly("post_save", "pre_delete", "post_delete");
		assertThat(this.orders.count()).isZero();
	}

	@Test
	void identityInsertGetsPreSaveBeforeAndPostSaveRightAfterPersist() {
		connect(ModelSignals.PRE_SAVE, Ticket.class, (event) -> ((Ticket) event.get("instance")).setCode("T-1"));
		Long id = inTransaction(() -> {
			Ticket ticket = this.tickets.save(new Ticket("broken"));
			assertThat(this.recorder.of(ModelSignals.POST_SAVE)).singleElement()
				.satisfies((event) -> assertThat(((Ticket) event.instance()).getId()).isNotNull());
			return ticket.getId();
		});
		assertThat(this.jdbc.queryForObject("select code from ticket where id = ?", String.class, id))
			.isEqualTo("T-1");
		assertThat(this.recorder.of(ModelSignals.PRE_SAVE, ModelSignals.POST_SAVE)).extracting(Recorded::signal)
			.containsExactly("pre_save", "post_save");
	}

	@Test
	void newEntityWithAnAssignedIdSavedThroughMergeIsCreated() {
		connect(ModelSignals.PRE_SAVE, Setting.class, (event) -> ((Setting) event.get("instance")).setValue("changed"));
		inTransaction(() -> this.settings.save(new Setting("colour", "blue")));
		assertThat(this.jdbc.queryForObject("select setting_value from setting where name = 'colour'", String.class))
			.isEqualTo("changed");
		assertThat(this.recorder.of(ModelSignals.PRE_SAVE, ModelSignals.POST_SAVE))
			.extracting(Recorded::signal, (event) -> event.get("created"))
			.containsExactly(tuple("pre_save", null), tuple("post_save", true));
	}

}
