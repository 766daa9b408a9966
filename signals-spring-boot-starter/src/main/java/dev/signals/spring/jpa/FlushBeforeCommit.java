package dev.signals.spring.jpa;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import org.hibernate.FlushMode;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Moves the flush at commit ahead of every other before-commit callback of a Spring transaction,
 * so that the model signals of the whole transaction are sent before receivers (or
 * {@code @TransactionalEventListener}s) of the {@code BEFORE_COMMIT} phase run. Without it,
 * {@code JpaTransactionManager} flushes only after those callbacks, when it commits.
 *
 * <p>Applies to transactions begun by a transaction manager that Spring Boot customizes with the
 * context's {@link TransactionExecutionListener}s, and only while a model signal has receivers.
 */
final class FlushBeforeCommit implements TransactionExecutionListener {

	private final Supplier<Collection<ModelSignalBridge>> bridges;

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

	private boolean anyReceivers() {
		for (ModelSignalBridge bridge : this.bridges.get()) {
			if (bridge.signals().hasWriteReceivers()) {
				return true;
			}
		}
		return false;
	}

	private boolean isBridged(SessionFactoryImplementor factory) {
		return this.bridges.get().stream().anyMatch((bridge) -> bridge.sessionFactory() == factory);
	}

	private final class Flush implements TransactionSynchronization {

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			if (readOnly) {
				return;
			}
			// copied: receivers run by the flush may bind further resources
			for (Object resource : List.copyOf(TransactionSynchronizationManager.getResourceMap().values())) {
				if (resource instanceof EntityManagerHolder holder && holder.getEntityManager().isOpen()) {
					flush(holder.getEntityManager());
				}
			}
		}

		private void flush(EntityManager entityManager) {
			SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
			if (isBridged(session.getFactory()) && session.getHibernateFlushMode() != FlushMode.MANUAL
					&& session.isTransactionInProgress()) {
				session.flush();
			}
		}

	}

}
