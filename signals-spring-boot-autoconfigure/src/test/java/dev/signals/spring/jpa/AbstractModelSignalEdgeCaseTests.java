package dev.signals.spring.jpa;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.TransactionRequiredException;

import dev.signals.Connection;
import dev.signals.spring.jpa.app.Address;
import dev.signals.spring.jpa.app.AuditEntry;
import dev.signals.spring.jpa.app.Customer;
import dev.signals.spring.jpa.app.Invoice;
import dev.signals.spring.jpa.app.Memo;
import dev.signals.spring.jpa.app.Order;
import dev.signals.spring.jpa.app.Parent;
import dev.signals.spring.jpa.app.Post;
import dev.signals.spring.jpa.app.Recorder.Recorded;
import dev.signals.spring.jpa.app.Setting;
import dev.signals.spring.jpa.app.Tag;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.hibernate.Hibernate;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Edge cases of the model signals that Django users and JPA mappings run into, run against each
 * database by a subclass.
 */
abstract class AbstractModelSignalEdgeCaseTests extends ModelSignalsTestSupport {

	Long saveInvoice() {
		return inTransaction(() -> this.invoices.save(new Invoice(new Address("1 Main St", "Springfield"))).getId());
	}

	Map<String, Object> invoiceRow(Long id) {
		return this.jdbc.queryForMap("select version, status, checked_by, stamp, city from invoice where id = ?", id);
	}

	// writes a receiver causes

	@Test
	void receiverThatChangesAnotherManagedEntityHasTheChangeWrittenWithItsOwnSignals() {
		Long customerId = inTransaction(() -> this.customers.save(new Customer("Ada")).getId());
		for (String signal : List.of(ModelSignals.PRE_SAVE, ModelSignals.POST_SAVE)) {
			Connection connection = connect(signal, Order.class, (event) -> this.customers.findById(customerId)
				.orElseThrow()
				.setSpecialField(signal + " " + ((Order) event.get("instance")).getName()));
			this.recorder.clear();
			inTransaction(() -> {
				this.customers.findById(customerId).orElseThrow();
				this.orders.save(new Order("book"));
			});
			connection.disconnect();
			assertThat(this.jdbc.queryForObject("select special_field from customer where id = ?", String.class,
					customerId))
				.isEqualTo(signal + " book");
			assertThat(this.recorder.of(ModelSignals.PRE_SAVE, ModelSignals.POST_SAVE))
				.filteredOn((event) -> event.sender() == Customer.class)
				.extracting(Recorded::signal, (event) -> event.get("updateFields"))
				.containsExactly(tuple("pre_save", Set.of("specialField")), tuple("post_save", Set.of("specialField")));
		}
	}

	@Test
	void preSaveReceiverThatSetsAFieldNotDirtyBeforeHasItWrittenAndTheVersionBumpedOnce() {
		connect(ModelSignals.PRE_SAVE, Invoice.class,
				(event) -> ((Invoice) event.get("instance")).setCheckedBy("checked " + ((Invoice) event.get("instance"))
					.getStatus()));
		Long id = saveInvoice();
		assertThat(invoiceRow(id)).containsEntry("checked_by", "checked DRAFT").containsEntry("version", 0);
		this.recorder.clear();
		inTransaction(() -> this.invoices.findById(id).orElseThrow().setStatus("PAID"));
		assertThat(invoiceRow(id)).containsEntry("checked_by", "checked PAID")
			.containsEntry("status", "PAID")
			.containsEntry("version", 1);
		assertThat(this.recorder.of(ModelSignals.PRE_SAVE)).singleElement()
			.satisfies((event) -> assertThat(event.get("updateFields")).isEqualTo(Set.of("status")));
		assertThat(this.recorder.of(ModelSignals.POST_SAVE)).singleElement()
			.satisfies((event) -> assertThat(event.get("updateFields")).isEqualTo(Set.of("status", "checkedBy",
					"stamp")));
	}

	@Test
	void jpaCallbacksOfTheApplicationStillRunAndPostSaveSeesTheirChanges() {
		List<String> stamps = new ArrayList<>();
		connect(ModelSignals.PRE_SAVE, Invoice.class, (event) -> { });
		connect(ModelSignals.POST_SAVE, Invoice.class, (event) -> stamps.add(((Invoice) event.get("instance")).getStamp()));
		Long id = saveInvoice();
		inTransaction(() -> this.invoices.findById(id).orElseThrow().setStatus("SENT"));
		assertThat(stamps).containsExactly("persisted DRAFT", "updated SENT");
		assertThat(invoiceRow(id)).containsEntry("stamp", "updated SENT").containsEntry("version", 1);
	}

	@Test
	void changedEmbeddableIsOneUpdateFieldWithItsPreviousValue() {
		Long id = saveInvoice();
		this.recorder.clear();
		inTransaction(() -> this.invoices.findById(id).orElseThrow().setAddress(new Address("1 Main St", "Shelbyville")));
		assertThat(invoiceRow(id)).containsEntry("city", "Shelbyville");
		Recorded preSave = this.recorder.of(ModelSignals.PRE_SAVE).get(0);
		assertThat(preSave.get("updateFields")).isEqualTo(Set.of("address"));
		assertThat(preSave.get("previousValues")).isEqualTo(Map.of("address", new Address("1 Main St",
				"Springfield")));
		Recorded postSave = this.recorder.of(ModelSignals.POST_SAVE).get(0);
		assertThat(postSave.get("previousValues")).asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("address", new Address("1 Main St", "Springfield"));
	}

	@Test
	void preSaveReceiverThatSavesDuringACollectionOnlyUpdateHasTheSaveWritten() {
		Tag tag = inTransaction(() -> this.tags.save(new Tag("urgent")));
		Long id = saveInvoice();
		unrecorded(ModelSignals.POST_SAVE);
		unrecorded(ModelSignals.M2M_CHANGED);
		connect(ModelSignals.PRE_SAVE, Invoice.class, (event) -> this.audit.save(new AuditEntry("saving invoice")));
		inTransaction(() -> this.invoices.findById(id).orElseThrow().getTags().add(this.tags.getReferenceById(tag.getId())));
		assertThat(invoiceRow(id)).containsEntry("version", 1);
		assertThat(this.audit.findAll()).extracting(AuditEntry::getMessage).containsExactly("saving invoice");
	}

	@Test
	void preSaveReceiverThatSavesDuringTheLastFlushBeforeCommitHasTheSaveWritten() {
		Tag tag = inTransaction(() -> this.tags.save(new Tag("urgent")));
		Long id = saveInvoice();
		unrecorded(ModelSignals.POST_SAVE);
		unrecorded(ModelSignals.M2M_CHANGED);
		connect(ModelSignals.PRE_SAVE, Invoice.class, (event) -> this.audit.save(new AuditEntry("saving invoice")));
		inTransaction(() -> TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void beforeCommit(boolean readOnly) {
				AbstractModelSignalEdgeCaseTests.this.invoices.findById(id)
					.orElseThrow()
					.getTags()
					.add(AbstractModelSignalEdgeCaseTests.this.tags.getReferenceById(tag.getId()));
			}

		}));
		assertThat(invoiceRow(id)).containsEntry("version", 1);
		assertThat(this.audit.findAll()).extracting(AuditEntry::getMessage).containsExactly("saving invoice");
	}

	@Test
	void preSaveChangeDuringAnUpdateThatWritesOnlyChangedColumnsIsWritten() {
		Tag tag = inTransaction(() -> this.tags.save(new Tag("urgent")));
		Long id = inTransaction(() -> this.memos.save(new Memo("note")).getId());
		connect(ModelSignals.PRE_SAVE, Memo.class, (event) -> {
			Memo memo = (Memo) event.get("instance");
			memo.setCheckedBy("checked " + memo.getText());
		});
		this.recorder.clear();
		inTransaction(() -> this.memos.findById(id).orElseThrow().getTags().add(this.tags.getReferenceById(tag.getId())));
		assertThat(this.jdbc.queryForMap("select checked_by, version from memo where id = ?", id))
			.containsEntry("checked_by", "checked note")
			.containsEntry("version", 2);
		assertThat(this.recorder.of(ModelSignals.POST_SAVE)).extracting((event) -> event.get("updateFields"))
			.containsExactly(Set.of(), Set.of("checkedBy"));
		inTransaction(() -> this.memos.findById(id).orElseThrow().setText("edited"));
		assertThat(this.jdbc.queryForMap("select checked_by, version from memo where id = ?", id))
			.containsEntry("checked_by", "checked edited")
			.containsEntry("version", 3);
	}

	@Test
	void orphanPreDeleteComesBeforeItsPostDeleteWithOnlyDeleteReceivers() {
		Long id = saveParent("father", "kept", "orphan");
		unrecorded(ModelSignals.PRE_SAVE);
		unrecorded(ModelSignals.POST_SAVE);
		unrecorded(ModelSignals.POST_INIT);
		unrecorded(ModelSignals.M2M_CHANGED);
		this.recorder.clear();
		inTransaction(() -> this.parents.findById(id).orElseThrow().getChildren().remove(1));
		assertThat(this.recorder.events()).extracting(Recorded::signal, (event) -> name(event.instance()))
			.containsExactly(tuple("pre_delete", "orphan"), tuple("post_delete", "orphan"));
	}

	@Test
	void preSaveChangeToADetachedEntitySavedAgainIsWritten() {
		Order order = inTransaction(() -> this.orders.save(new Order("detached")));
		connect(ModelSignals.PRE_SAVE, Order.class, (event) -> ((Order) event.get("instance")).setNote("noted"));
		order.setStatus("PAID");
		Order saved = inTransaction(() -> this.orders.save(order));
		assertThat(saved.getNote()).isEqualTo("noted");
		assertThat(this.jdbc.queryForMap("select status, note from orders where id = ?", order.getId()))
			.containsEntry("status", "PAID")
			.containsEntry("note", "noted");
	}

	@Test
	void entityPersistedAgainAfterTheContextWasClearedGetsPreSaveAgain() {
		connect(ModelSignals.PRE_SAVE, Setting.class, (event) -> ((Setting) event.get("instance")).setValue("checked"));
		inTransaction(() -> this.orders.save(new Order("kept")));
		this.recorder.clear();
		inTransaction(() -> {
			Setting setting = new Setting("colour", "blue");
			this.em.persist(setting);
			Order order = this.orders.findAll().get(0);
			this.orders.delete(order);
			this.em.clear();
			setting.setValue("red");
			this.em.persist(setting);
		});
		assertThat(this.jdbc.queryForObject("select setting_value from setting where name = 'colour'", String.class))
			.isEqualTo("checked");
		assertThat(this.recorder.of(ModelSignals.PRE_SAVE)).hasSize(2);
		assertThat(this.recorder.of(ModelSignals.PRE_DELETE, ModelSignals.POST_DELETE)).isEmpty();
		assertThat(this.orders.count()).isOne();
	}

	@Test
	void orphanFoundByAnAutoFlushThatWritesNothingGetsItsDeleteSignalsOnce() {
		Long id = saveParent("father", "kept", "orphan");
		inTransaction(() -> {
			this.parents.findById(id).orElseThrow().getChildren().remove(1);
			this.customers.count();
			this.audit.findAll();
		});
		assertThat(this.recorder.of(ModelSignals.PRE_DELETE, ModelSignals.POST_DELETE))
			.extracting(Recorded::signal, (event) -> name(event.instance()))
			.containsExactly(tuple("pre_delete", "orphan"), tuple("post_delete", "orphan"));
	}

	// operations

	@Test
	void saveAllOfNewAndDetachedEntitiesSendsCreatedForEach() {
		Order old = inTransaction(() -> this.orders.save(new Order("old")));
		old.setStatus("PAID");
		this.recorder.clear();
		inTransaction(() -> this.orders.saveAll(List.of(old, new Order("new"))));
		assertThat(this.recorder.of(ModelSignals.POST_SAVE))
			.extracting((event) -> ((Order) event.instance()).getName(), (event) -> event.get("created"),
					(event) -> event.get("updateFields"))
			.containsExactlyInAnyOrder(tuple("old", false, Set.of("status")), tuple("new", true, null));
		assertThat(this.jdbc.queryForList("select status from orders order by name", String.class))
			.containsExactly("NEW", "PAID");
	}

	@Test
	void entityRemovedAndPersistedAgainBeforeTheFlushSendsNoDeleteSignals() {
		Long id = inTransaction(() -> this.orders.save(new Order("undeleted")).getId());
		this.recorder.clear();
		inTransaction(() -> {
			Order order = this.em.find(Order.class, id);
			this.em.remove(order);
			this.em.persist(order);
		});
		assertThat(this.orders.count()).isOne();
		assertThat(this.recorder.of(ModelSignals.PRE_DELETE, ModelSignals.POST_DELETE)).isEmpty();
	}

	@Test
	void entityRemovedTwiceSendsItsDeleteSignalsOnce() {
		Long id = inTransaction(() -> this.orders.save(new Order("twice")).getId());
		this.recorder.clear();
		inTransaction(() -> {
			Order order = this.em.find(Order.class, id);
			this.em.remove(order);
			this.em.remove(order);
		});
		assertThat(this.recorder.of(ModelSignals.PRE_DELETE, ModelSignals.POST_DELETE)).extracting(Recorded::signal)
			.containsExactly("pre_delete", "post_delete");
	}

	@Test
	void deleteByIdOfAMissingIdSendsNothing() {
		inTransaction(() -> this.orders.deleteById(404L));
		assertThat(this.recorder.events()).isEmpty();
	}

	@Test
	void removingAParentWhoseChildrenAreNotLoadedSendsDeleteSignalsForEveryChild() {
		Long id = saveParent("mother", "first", "second");
		inTransaction(() -> {
			Parent parent = this.parents.findById(id).orElseThrow();
			assertThat(Hibernate.isInitialized(parent.getChildren())).isFalse();
			this.parents.delete(parent);
		});
		assertThat(this.recorder.of(ModelSignals.PRE_DELETE, ModelSignals.POST_DELETE))
			.extracting(Recorded::signal, (event) -> name(event.instance()), (event) -> name(event.get("origin")))
			.containsExactly(tuple("pre_delete", "first", "mother"), tuple("pre_delete", "second", "mother"),
					tuple("pre_delete", "mother", "mother"), tuple("post_delete", "first", "mother"),
					tuple("post_delete", "second", "mother"), tuple("post_delete", "mother", "mother"));
		assertThat(this.jdbc.queryForObject("select count(*) from child", Integer.class)).isZero();
	}

	// m2m_changed

	@Test
	void addingATagThatIsAlreadyThereLeavesItOutOfPkSet() {
		Tag red = inTransaction(() -> this.tags.save(new Tag("red")));
		Tag green = inTransaction(() -> this.tags.save(new Tag("green")));
		Long id = inTransaction(() -> {
			Post post = new Post("post");
			post.getTags().add(red);
			return this.posts.save(post).getId();
		});
		this.recorder.clear();
		inTransaction(() -> {
			Post post = this.posts.findById(id).orElseThrow();
			post.getTags().add(this.tags.getReferenceById(red.getId()));
			post.getTags().add(this.tags.getReferenceById(green.getId()));
		});
		assertThat(this.recorder.of(ModelSignals.M2M_CHANGED))
			.extracting((event) -> event.get("action"), (event) -> event.get("pkSet"))
			.containsExactly(tuple("pre_add", Set.of(green.getId())), tuple("post_add", Set.of(green.getId())));
	}

	@Test
	void replacingTheWholeCollectionSendsClearThenAddOfTheNewElements() {
		Tag red = inTransaction(() -> this.tags.save(new Tag("red")));
		Tag green = inTransaction(() -> this.tags.save(new Tag("green")));
		Tag blue = inTransaction(() -> this.tags.save(new Tag("blue")));
		Long id = inTransaction(() -> {
			Post post = new Post("post");
			post.getTags().addAll(List.of(red, green));
			return this.posts.save(post).getId();
		});
		for (boolean readFirst : List.of(false, true)) {
			this.recorder.clear();
			inTransaction(() -> {
				Post post = this.posts.findById(id).orElseThrow();
				if (readFirst) {
					assertThat(post.getTags()).hasSize(2);
				}
				post.setTags(new HashSet<>(List.of(this.tags.getReferenceById(green.getId()),
						this.tags.getReferenceById(blue.getId()))));
			});
			assertThat(this.jdbc.queryForList("select tags_id from post_tags order by tags_id", Long.class))
				.containsExactly(green.getId(), blue.getId());
			assertThat(this.recorder.of(ModelSignals.M2M_CHANGED))
				.extracting((event) -> event.get("action"), (event) -> event.get("pkSet"))
				.containsExactly(tuple("pre_clear", null), tuple("pre_add", Set.of(green.getId(), blue.getId())),
						tuple("post_clear", null), tuple("post_add", Set.of(green.getId(), blue.getId())));
		}
	}

	@Test
	void clearingAnUnreadCollectionByReplacingItWithAnEmptyOneSendsClear() {
		Tag red = inTransaction(() -> this.tags.save(new Tag("red")));
		Long id = inTransaction(() -> {
			Post post = new Post("post");
			post.getTags().add(red);
			return this.posts.save(post).getId();
		});
		this.recorder.clear();
		inTransaction(() -> this.posts.findById(id).orElseThrow().setTags(new HashSet<>()));
		assertThat(this.jdbc.queryForObject("select count(*) from post_tags", Integer.class)).isZero();
		assertThat(this.recorder.of(ModelSignals.M2M_CHANGED)).extracting((event) -> event.get("action"))
			.containsExactly("pre_clear", "post_clear");
	}

	// transactions

	@Test
	void readOnlyTransactionWritesNothingAndSendsNoSaveSignals() {
		Long id = saveInvoice();
		this.recorder.clear();
		TransactionTemplate readOnly = new TransactionTemplate(this.transactionManager);
		readOnly.setReadOnly(true);
		readOnly.executeWithoutResult((status) -> this.invoices.findById(id).orElseThrow().setStatus("PAID"));
		assertThat(invoiceRow(id)).containsEntry("status", "DRAFT");
		assertThat(this.recorder.of(ModelSignals.PRE_SAVE, ModelSignals.POST_SAVE)).isEmpty();
	}

	@Test
	void flushWithoutATransactionFailsAsInPlainSpring() {
		assertThatExceptionOfType(TransactionRequiredException.class).isThrownBy(() -> this.em.flush());
	}

	@Test
	void requiresNewTransactionInAReceiverCommitsOnItsOwn() {
		TransactionTemplate requiresNew = new TransactionTemplate(this.transactionManager);
		requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		for (String signal : List.of(ModelSignals.PRE_SAVE, ModelSignals.POST_SAVE)) {
			connect(signal, Order.class, (event) -> requiresNew.executeWithoutResult(
					(status) -> this.audit.save(new AuditEntry(signal + " " + ((Order) event.get("instance")).getName()))));
		}
		assertThatIllegalStateException().isThrownBy(() -> inTransaction(() -> {
			this.orders.saveAndFlush(new Order("doomed"));
			throw new IllegalStateException("outer fails");
		}));
		assertThat(this.orders.count()).isZero();
		assertThat(this.audit.findAll()).extracting(AuditEntry::getMessage)
			.containsExactly("pre_save doomed", "post_save doomed");
		assertThat(this.recorder.of(ModelSignals.POST_SAVE)).filteredOn((event) -> event.sender() == AuditEntry.class)
			.hasSize(2);
	}

	@Test
	void insertsAreStillBatchedWithReceivers() {
		connect(ModelSignals.PRE_SAVE, Order.class, (event) -> { });
		connect(ModelSignals.POST_SAVE, Order.class, (event) -> { });
		Statistics statistics = this.emf.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		statistics.setStatisticsEnabled(true);
		try {
			inTransaction(() -> {
				for (int i = 0; i < 21; i++) {
					this.orders.save(new Order("order " + i));
				}
			});
			assertThat(statistics.getEntityInsertCount()).isEqualTo(21);
			// 3 batches of 7 inserts, plus what the sequence needs
			assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(5);
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	// post_init

	@Test
	void postInitIsSentForQueriesFindLazyProxiesAndRefresh() {
		Long id = inTransaction(() -> this.orders.save(new Order("loaded")).getId());
		List<String> loads = new ArrayList<>();
		connect(ModelSignals.POST_INIT, Order.class, (event) -> loads.add(((Order) event.get("instance")).getName()));
		inTransaction(() -> {
			this.em.createQuery("select o from Order o", Order.class).getResultList();
			this.em.clear();
			this.em.find(Order.class, id);
			this.em.clear();
			Order proxy = this.em.getReference(Order.class, id);
			assertThat(loads).hasSize(2);
			proxy.getName();
			this.em.refresh(proxy);
		});
		assertThat(loads).containsExactly("loaded", "loaded", "loaded", "loaded");
	}

}
