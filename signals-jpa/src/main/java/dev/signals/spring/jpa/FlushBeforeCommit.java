package dev.signals.spring.jpa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.RollbackException;

import dev.signals.spring.QuietBeforeCommit;
import org.hibernate.FlushMode;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.EventSource;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Moves the flush at commit ahead of every other before-commit callback of a Spring transaction,
 * so that the model signals of the whole transaction are sent before receivers (or
 * {@code @TransactionalEventListener}s) of the {@code BEFORE_COMMIT} phase run. Without it,
 * {@code JpaTransactionManager} flushes only after those callbacks, when it commits.
 *
 * <p>The flush behaves as Hibernate's own commit flush: none in a transaction marked
 * rollback-only, and a failure translated as the transaction manager translates a failed commit.
 * When nothing changed between this flush and the commit, Hibernate's own flush at commit is
 * skipped, so that a transaction flushes at commit once, as it does without the bridge.
 *
 * <p>Applies to transactions begun by a transaction manager that Spring Boot customizes with the
 * context's {@link TransactionExecutionListener}s, and only while a model signal has receivers.
 */
public final class FlushBeforeCommit implements TransactionExecutionListener {

	private final Supplier<Collection<ModelSignalBridge>> bridges;

	/**
	 * Flushes the sessions of the bridges the post-processor attached.
	 * @param postProcessor the post-processor that attaches the bridges
	 */
	public FlushBeforeCommit(ModelSignalsBeanPostProcessor postProcessor) {
		this(postProcessor::attachedBridges);
	}

	FlushBeforeCommit(Supplier<Collection<ModelSignalBridge>> bridges) {
		this.bridges = bridges;
	}

	@Override
	public void afterBegin(TransactionExecution transaction, @Nullable Throwable beginFailure) {
		if (beginFailure == null && transaction.isNewTransaction() && !transaction.isReadOnly()
				&& TransactionSynchronizationManager.isSynchronizationActive() && anyReceivers()) {
			TransactionSynchronizationManager.registerSynchronization(new Flush());
		}
	}

	@Override
	public void beforeCommit(TransactionExecution transaction) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
		boolean quiet = true;
		Flush flush = null;
		for (TransactionSynchronization synchronization : synchronizations) {
			quiet &= synchronization instanceof QuietBeforeCommit q && q.isQuietBeforeCommit();
			if (synchronization instanceof Flush ours) {
				flush = ours;
			}
		}
		if (flush != null) {
			flush.skipUnneededCommitFlush(quiet);
		}
	}

	private boolean anyReceivers() {
		for (ModelSignalBridge bridge : this.bridges.get()) {
			if (bridge.signals().hasWriteReceivers()) {
				return true;
			}
		}
		return false;
	}

	private @Nullable ModelSignalBridge bridge(SessionFactoryImplementor factory) {
		for (ModelSignalBridge bridge : this.bridges.get()) {
			if (bridge.sessionFactory() == factory) {
				return bridge;
			}
		}
		return null;
	}

	private final class Flush implements QuietBeforeCommit {

		private final List<Flushed> flushed = new ArrayList<>();

		private final List<Flushed> skipped = new ArrayList<>();

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			if (readOnly) {
				return;
			}
			// collected first: receivers run by the flush may bind further resources
			List<EntityManager> entityManagers = new ArrayList<>(1);
			for (Object resource : TransactionSynchronizationManager.getResourceMap().values()) {
				if (resource instanceof EntityManagerHolder holder) {
					entityManagers.add(holder.getEntityManager());
				}
			}
			for (EntityManager entityManager : entityManagers) {
				if (entityManager.isOpen()) {
					flush(entityManager);
				}
			}
		}

		private void flush(EntityManager entityManager) {
			EventSource session = entityManager.unwrap(EventSource.class);
			ModelSignalBridge bridge = bridge(session.getFactory());
			if (bridge == null || session.getHibernateFlushMode() == FlushMode.MANUAL
					|| !session.isTransactionInProgress() || session.getTransaction().getRollbackOnly()) {
				return;
			}
			try {
				session.flush();
			}
			catch (RuntimeException ex) {
				SessionSignals state = bridge.existingState(session);
				if (ex instanceof FlushLoopException || (state != null && state.isReceiverFailure(ex))) {
					throw ex; // what receivers caused reaches the caller as it was thrown
				}
				throw failedCommit(session, ex, bridge);
			}
			this.flushed.add(new Flushed(session, session.getHibernateFlushMode()));
		}

		/**
		 * The exception {@code JpaTransactionManager} throws when Hibernate's own commit flush fails
		 * this way: translated when its dialect knows the failure, else, after the rollback that
		 * Hibernate's commit makes, a {@link TransactionSystemException}.
		 */
		private RuntimeException failedCommit(EventSource session, RuntimeException failure, ModelSignalBridge bridge) {
			DataAccessException translated = bridge.exceptionTranslator().translateExceptionIfPossible(failure);
			if (translated != null) {
				return translated;
			}
			if (session.getTransaction().isActive()) {
				session.getTransaction().rollback();
			}
			return new TransactionSystemException("Could not commit JPA transaction", new RollbackException(
					"Error while committing the transaction [" + failure.getMessage() + "]", failure));
		}

		/**
		 * Right before the commit: when Hibernate's flush would write nothing more, it is not run. The
		 * bridge's flush left nothing pending; unless another synchronization ran before the commit,
		 * nothing changed since, and the entities need no second look.
		 * @param quiet whether only synchronizations that do no work before the commit ran
		 */
		void skipUnneededCommitFlush(boolean quiet) {
			for (Flushed session : this.flushed) {
				if (session.session().isOpen() && (quiet || !Changes.any(session.session()))) {
					session.session().setHibernateFlushMode(FlushMode.MANUAL);
					this.skipped.add(session);
				}
			}
		}

		@Override
		public void afterCompletion(int status) {
			for (Flushed session : this.skipped) {
				if (session.session().isOpen()) {
					session.session().setHibernateFlushMode(session.mode());
				}
			}
		}

	}

	/**
	 * A session this bridge flushed before commit.
	 * @param session the session
	 * @param mode its flush mode
	 */
	private record Flushed(EventSource session, FlushMode mode) {
	}

}
