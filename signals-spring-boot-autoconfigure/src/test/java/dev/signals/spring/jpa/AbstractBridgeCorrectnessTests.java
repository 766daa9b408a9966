package dev.signals.spring.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import dev.signals.spring.jpa.app.Account;
import dev.signals.spring.jpa.app.Article;
import dev.signals.spring.jpa.app.Book;
import dev.signals.spring.jpa.app.Customer;
import dev.signals.spring.jpa.app.Gauge;
import dev.signals.spring.jpa.app.Profile;
import dev.signals.spring.jpa.app.Recorder.Recorded;
import dev.signals.spring.jpa.app.Repositories;
import dev.signals.spring.jpa.app.Shelf;
import dev.signals.spring.jpa.app.Tag;
import org.hibernate.SessionFactory;
import org.hibernate.event.spi.EventSource;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The bridge under real transactions, failures and long sessions: with receivers connected, the
 * application writes, reads and throws what it would without them. Run against each database by
 * a subclass.
 */
abstract class AbstractBridgeCorrectnessTests extends ModelSignalsTestSupport {

	private static final List<String> MODEL_SIGNALS = List.of(ModelSignals.POST_INIT, ModelSignals.PRE_SAVE,
			ModelSignals.POST_SAVE, ModelSignals.PRE_DELETE, ModelSignals.POST_DELETE, ModelSignals.M2M_CHANGED);

	@Autowired
	Repositories.Accounts accounts;

	@Autowired
	Repositories.Profiles profiles;

	@Autowired
	Repositories.Gauges gauges;

	@Autowired
	Repositories.Shelves shelves;

	Statistics statistics;

	@BeforeEach
	void enableStatistics() {
		this.statistics = this.emf.unwrap(SessionFactory.class).getStatistics();
		this.statistics.setStatisticsEnabled(true);
		this.statistics.clear();
	}

	@AfterEach
	void disableStatistics() {
		this.statistics.setStatisticsEnabled(false);
	}

	/** Leaves every model signal without the recorder, so that no receiver at all listens. */
	void noReceivers() {
		MODEL_SIGNALS.forEach(this::unrecorded);
	}

	Long saveAccount(String email) {
		Long id = inTransaction(() -> this.accounts.save(new Account(email)).getId());
		this.recorder.clear();
		this.statistics.clear();
		return id;
	}

	Long saveArticle(String title) {
		Long id = inTransaction(() -> {
			Article article = new Article(title);
			article.setSlug(title.toLowerCase());
			return this.articles.save(article).getId();
		});
		this.recorder.clear();
		return id;
	}

	List<String> slugFromTitleRecordingWhatItSees() {
		List<String> seen = new ArrayList<>();
		connect(ModelSignals.PRE_SAVE, Article.class, (event) -> {
			Article article = (Article) event.get("instance");
			seen.add(article.getTitle());
			article.setSlug(article.getTitle().toLowerCase());
		});
		return seen;
	}

	// 1. exceptions at commit

	@Test
	void duplicateKeyFoundAtCommitIsTranslatedAsWithoutReceivers() {
		saveAccount("taken@example.com");
		connect(ModelSignals.POST_SAVE, Customer.class, (event) -> {
		});
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> inTransaction(() -> this.accounts.save(new Account("taken@example.com"))));
		assertThat(this.jdbc.queryForObject("select count(*) from account", Integer.class)).isOne();
	}

	@Test
	void staleVersionFoundAtCommitIsTranslatedAsWithoutReceivers() {
		Long id = saveAccount("stale@example.com");
		connect(ModelSignals.PRE_SAVE, Account.class, (event) -> {
		});
		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> inTransaction(() -> {
				Account account = this.accounts.findById(id).orElseThrow();
				this.jdbc.update("update account set version = version + 1 where id = ?", id);
				account.setNote("changed");
			}));
	}

	// 2. pre_save sees the state that is written

	@Test
	void preSaveAtAnAutoFlushThatWritesNothingIsSentAgainForTheStateThatIsWritten() {
		Long id = saveArticle("First");
		List<String> seen = slugFromTitleRecordingWhatItSees();
		this.recorder.clear();
		inTransaction(() -> {
			Article article = this.articles.findById(id).orElseThrow();
			article.setTitle("Second");
			this.em.createQuery("select count(c) from Customer c", Long.class).getSingleResult();
			article.setTitle("Third");
		});
		assertThat(this.jdbc.queryForMap("select title, slug from article where id = ?", id))
			.containsEntry("TITLE", "Third")
			.containsEntry("SLUG", "third");
		assertThat(seen).containsExactly("Third");
		assertThat(this.recorder.of(ModelSignals.PRE_SAVE, ModelSignals.POST_SAVE))
			.extracting(Recorded::signal, (event) -> event.get("updateFields"),
					(event) -> ((Map<?, ?>) event.get("previousValues")).get("title"))
			.containsExactly(tuple("pre_save", Set.of("title"), "First"),
					tuple("post_save", Set.of("title", "slug"), "First"));
	}

	@Test
	void preSaveAtAnAutoFlushThatWritesIsSentOnceForThatWrite() {
		Long id = saveArticle("First");
		List<String> seen = slugFromTitleRecordingWhatItSees();
		inTransaction(() -> {
			Article article = this.articles.findById(id).orElseThrow();
			article.setTitle("Second");
			assertThat(this.em.createQuery("select a.slug from Article a", String.class).getResultList())
				.containsExactly("second");
		});
		assertThat(seen).containsExactly("Second");
	}

	@Test
	void entityRemovedThenQueriedAroundThenPersistedAgainSendsNoPreDelete() {
		Long id = saveArticle("Kept");
		this.recorder.clear();
		inTransaction(() -> {
			Article article = this.em.find(Article.class, id);
			this.em.remove(article);
			this.em.createQuery("select count(c) from Customer c", Long.class).getSingleResult();
			this.em.persist(article);
		});
		assertThat(this.recorder.of(ModelSignals.PRE_DELETE, ModelSignals.POST_DELETE)).isEmpty();
		assertThat(this.articles.existsById(id)).isTrue();
	}

	// 3. entities Hibernate always finds dirty

	@Test
	void alwaysDirtyEntityIsSavedWithADoNothingPostSaveReceiverAsWithout() {
		noReceivers();
		Long id = inTransaction(() -> this.gauges.save(new Gauge("g", 1)).getId());
		this.statistics.clear();
		inTransaction(() -> this.gauges.findById(id).orElseThrow().setLabel("plain"));
		long plainUpdates = this.statistics.getEntityUpdateCount();
		connect(ModelSignals.POST_SAVE, Gauge.class, (event) -> {
		});
		this.statistics.clear();
		inTransaction(() -> this.gauges.findById(id).orElseThrow().setLabel("heard"));
		assertThat(this.statistics.getEntityUpdateCount()).isEqualTo(plainUpdates);
		assertThat(this.jdbc.queryForObject("select label from gauge where id = ?", String.class, id))
			.isEqualTo("heard");
	}

	@Test
	void receiverThatChangesSomethingAtEveryRoundFailsNamingTheEntityAndTheProperties() {
		Long id = saveAccount("loop@example.com");
		connect(ModelSignals.POST_SAVE, Account.class,
				(event) -> ((Account) event.get("instance")).setNote("note " + System.nanoTime()));
		assertThatThrownBy(() -> inTransaction(() -> this.accounts.findById(id).orElseThrow().setNote("start")))
			.isInstanceOf(FlushLoopException.class)
			.hasMessageContaining("Account")
			.hasMessageContaining("[note]");
	}

	// 4. nothing is sent for rows that were not written and committed

	@Test
	void failedFlushOfALongLivedEntityManagerLeavesNoSignalForTheNextTransaction() {
		saveAccount("dup@example.com");
		List<String> heard = new ArrayList<>();
		connect(ModelSignals.POST_SAVE, Account.class, (event) -> heard.add(((Account) event.get("instance")).getEmail()));
		inLongLivedEntityManager(() -> {
			assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> inTransaction(() -> {
				this.accounts.save(new Account("first@example.com"));
				this.accounts.save(new Account("dup@example.com"));
				this.accounts.flush();
			}));
			heard.clear();
			inTransaction(() -> this.accounts.save(new Account("next@example.com")));
		});
		assertThat(heard).containsExactly("next@example.com");
		assertThat(this.jdbc.queryForList("select email from account order by email", String.class))
			.containsExactly("dup@example.com", "next@example.com");
	}

	@Test
	void rolledBackTransactionOfALongLivedEntityManagerLeavesNoPendingDeleteForTheNext() {
		Long id = saveAccount("kept@example.com");
		List<String> heard = new ArrayList<>();
		connect(ModelSignals.PRE_DELETE, Account.class, (event) -> heard.add("pre_delete"));
		inLongLivedEntityManager(() -> {
			this.tx.executeWithoutResult((status) -> {
				this.em.remove(this.em.find(Account.class, id));
				status.setRollbackOnly();
			});
			inTransaction(() -> this.accounts.save(new Account("other@example.com")));
		});
		assertThat(heard).isEmpty();
		assertThat(this.accounts.existsById(id)).isTrue();
	}

	// 6. no extra writes for ordinary sequences

	@Test
	void saveThenChangeBeforeTheFlushWritesWhatHibernateWritesWithOnePairEach() {
		noReceivers();
		inTransaction(() -> {
			Article article = new Article("a");
			article.setSlug("a");
			this.articles.save(article).setTitle("b");
		});
		long plainStatements = this.statistics.getEntityInsertCount() + this.statistics.getEntityUpdateCount();
		keep(this.slugReceiver.connect(this.registry));
		List<String> heard = new ArrayList<>();
		connect(ModelSignals.PRE_SAVE, Article.class, (event) -> heard.add("pre_save"));
		connect(ModelSignals.POST_SAVE, Article.class, (event) -> heard.add("post_save"));
		this.statistics.clear();
		Long id = inTransaction(() -> {
			Article article = this.articles.save(new Article("a"));
			article.setTitle("b");
			return article.getId();
		});
		assertThat(this.statistics.getEntityInsertCount() + this.statistics.getEntityUpdateCount())
			.isEqualTo(plainStatements);
		assertThat(heard).containsExactly("pre_save", "pre_save", "post_save", "post_save");
		assertThat(this.jdbc.queryForMap("select title, slug from article where id = ?", id))
			.containsEntry("TITLE", "b")
			.containsEntry("SLUG", "b");
	}

	@Test
	void preSaveChangeToAnEmbeddableInPlaceDuringAMergeOfANewEntityIsWrittenByTheInsert() {
		connect(ModelSignals.PRE_SAVE, Profile.class, (event) -> ((Profile) event.get("instance")).getPlace().setCity("Oslo"));
		inTransaction(() -> this.profiles.save(new Profile("ada")));
		assertThat(this.jdbc.queryForObject("select city from profile where handle = 'ada'", String.class))
			.isEqualTo("Oslo");
		assertThat(this.statistics.getEntityUpdateCount()).isZero();
	}

	// 7. no growth within a session

	@Test
	void preDeleteReceiversAloneLeaveNoStateAfterEachFlush() {
		List<Long> ids = inTransaction(() -> {
			List<Long> saved = new ArrayList<>();
			for (int i = 0; i < 300; i++) {
				saved.add(this.accounts.save(new Account(i + "@example.com")).getId());
			}
			return saved;
		});
		noReceivers();
		connect(ModelSignals.PRE_DELETE, Account.class, (event) -> {
		});
		inTransaction(() -> {
			for (int i = 0; i < ids.size(); i++) {
				this.em.remove(this.em.find(Account.class, ids.get(i)));
				if (i % 50 == 49) {
					this.em.flush();
					assertThat(sessionState().retained()).isZero();
				}
			}
		});
	}

	SessionSignals sessionState() {
		EventSource session = this.em.unwrap(EventSource.class);
		ModelSignalBridge bridge = this.bridges.bridges().get(session.getFactory());
		SessionSignals state = bridge.existingState(session);
		assertThat(state).isNotNull();
		return state;
	}

	@Autowired
	ModelSignalsBeanPostProcessor bridges;

	// 8. origin of a detached delete

	@Test
	void originOfADetachedDeleteIsTheManagedCopy() {
		Long id = saveAccount("gone@example.com");
		Account detached = inTransaction(() -> this.accounts.findById(id).orElseThrow());
		this.recorder.clear();
		inTransaction(() -> this.accounts.delete(detached));
		assertThat(this.recorder.of(ModelSignals.PRE_DELETE, ModelSignals.POST_DELETE)).hasSize(2).allSatisfy((event) -> {
			assertThat(event.get("origin")).isSameAs(event.instance()).isNotSameAs(detached);
		});
	}

	// 9. rollback-only

	@Test
	void transactionMarkedRollbackOnlyByAnInnerCallIsNotFlushed() {
		connect(ModelSignals.POST_SAVE, Account.class, (event) -> {
		});
		this.recorder.clear();
		assertThatExceptionOfType(UnexpectedRollbackException.class).isThrownBy(() -> inTransaction(() -> {
			this.em.persist(new Account("never@example.com"));
			this.tx.executeWithoutResult((status) -> status.setRollbackOnly());
		}));
		assertThat(this.statistics.getEntityInsertCount()).isZero();
		assertThat(this.recorder.of(ModelSignals.POST_SAVE)).isEmpty();
	}

	@Test
	void caughtDataIntegrityViolationFromSaveAndFlushEndsInUnexpectedRollback() {
		saveAccount("dup@example.com");
		connect(ModelSignals.POST_SAVE, Account.class, (event) -> {
		});
		assertThatExceptionOfType(UnexpectedRollbackException.class).isThrownBy(() -> inTransaction(() -> {
			try {
				this.accounts.saveAndFlush(new Account("dup@example.com"));
			}
			catch (DataIntegrityViolationException ex) {
				// the application carries on, the transaction is rollback-only
			}
		}));
	}

	// 10. no receiver, no change

	@Test
	void removeByReferenceWithoutReceiversDeletesWithoutLoading() {
		Long id = inTransaction(() -> this.tags.save(new Tag("unread")).getId());
		noReceivers();
		this.statistics.clear();
		inTransaction(() -> this.em.remove(this.em.getReference(Tag.class, id)));
		assertThat(this.statistics.getEntityLoadCount()).isZero();
		assertThat(this.statistics.getEntityDeleteCount()).isOne();
	}

	@Test
	void removeByReferenceOfAnEntityWithoutReceiversDeletesWithoutLoadingWhileOthersHaveThem() {
		Long id = inTransaction(() -> this.tags.save(new Tag("unread")).getId());
		noReceivers();
		connect(ModelSignals.PRE_DELETE, Account.class, (event) -> {
		});
		connect(ModelSignals.POST_DELETE, Account.class, (event) -> {
		});
		this.statistics.clear();
		inTransaction(() -> this.em.remove(this.em.getReference(Tag.class, id)));
		assertThat(this.statistics.getEntityLoadCount()).isZero();
		assertThat(this.statistics.getEntityDeleteCount()).isOne();
	}

	@Test
	void removeByReferenceOfAnEntityWithDeleteReceiversSendsBothSignalsWithTheReferenceWithoutLoading() {
		Long id = saveAccount("ref@example.com");
		inTransaction(() -> this.em.remove(this.em.getReference(Account.class, id)));
		assertThat(this.statistics.getEntityLoadCount()).isZero();
		assertThat(this.recorder.of(ModelSignals.PRE_DELETE, ModelSignals.POST_DELETE)).extracting(Recorded::signal)
			.containsExactly("pre_delete", "post_delete");
		assertThat(this.recorder.of(ModelSignals.PRE_DELETE, ModelSignals.POST_DELETE)).allSatisfy((event) -> {
			assertThat(event.sender()).isEqualTo(Account.class);
			assertThat(event.instance()).isInstanceOf(HibernateProxy.class).isInstanceOf(Account.class);
			assertThat(((HibernateProxy) event.instance()).getHibernateLazyInitializer().getInternalIdentifier())
				.isEqualTo(id);
			assertThat(event.get("origin")).isSameAs(event.instance());
		});
		assertThat(this.accounts.existsById(id)).isFalse();
	}

	// 11. an extra flush round only when something changed

	@Test
	void movingAChildBetweenParentsWithOrphanRemovalCommitsAsWithout() {
		Long[] ids = inTransaction(() -> {
			Shelf old = new Shelf("old");
			old.addBook("moved");
			Shelf next = new Shelf("next");
			this.shelves.save(old);
			this.shelves.save(next);
			return new Long[] { old.getId(), next.getId() };
		});
		inTransaction(() -> {
			Shelf old = this.shelves.findById(ids[0]).orElseThrow();
			Shelf next = this.shelves.findById(ids[1]).orElseThrow();
			Book book = old.getBooks().get(0);
			old.getBooks().remove(book);
			next.getBooks().add(book);
			book.setShelf(next);
		});
		assertThat(this.jdbc.queryForObject("select shelf_id from book", Long.class)).isEqualTo(ids[1]);
	}

	@Test
	void receiversThatChangeNothingCauseNoFurtherFlush() {
		Long id = saveAccount("calm@example.com");
		noReceivers();
		inTransaction(() -> this.accounts.findById(id).orElseThrow().setNote("plain"));
		long plainFlushes = this.statistics.getFlushCount();
		connect(ModelSignals.POST_SAVE, Account.class, (event) -> {
		});
		this.statistics.clear();
		inTransaction(() -> this.accounts.findById(id).orElseThrow().setNote("heard"));
		assertThat(this.statistics.getFlushCount()).isLessThanOrEqualTo(plainFlushes + 1);
		assertThat(this.statistics.getEntityUpdateCount()).isOne();
	}

	@Test
	void postSaveChangeToAnEmbeddableInPlaceIsWrittenBeforeTheCommit() {
		connect(ModelSignals.POST_SAVE, Profile.class, (event) -> {
			if (Boolean.TRUE.equals(event.get("created"))) {
				((Profile) event.get("instance")).getPlace().setCity("Oslo");
			}
		});
		inTransaction(() -> this.profiles.save(new Profile("ada")));
		assertThat(this.jdbc.queryForObject("select city from profile where handle = 'ada'", String.class))
			.isEqualTo("Oslo");
		assertThat(this.statistics.getEntityUpdateCount()).isOne();
	}

	@Test
	void postSaveChangeToAnotherLoadedEntityIsWrittenBeforeTheCommit() {
		Long id = saveAccount("loaded@example.com");
		connect(ModelSignals.POST_SAVE, Profile.class, (event) -> this.accounts.findById(id).orElseThrow()
			.setNote("noted by a receiver"));
		inTransaction(() -> {
			this.accounts.findById(id).orElseThrow();
			this.profiles.save(new Profile("ada"));
		});
		assertThat(this.jdbc.queryForObject("select note from account where id = ?", String.class, id))
			.isEqualTo("noted by a receiver");
	}

	void inLongLivedEntityManager(Runnable work) {
		EntityManager entityManager = this.emf.createEntityManager();
		TransactionSynchronizationManager.bindResource(this.emf, new EntityManagerHolder(entityManager));
		try {
			work.run();
		}
		finally {
			TransactionSynchronizationManager.unbindResource(this.emf);
			entityManager.close();
		}
	}

}
