package dev.signals.spring;

import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Marks a transaction as committing once its before-commit callbacks have run, just before the
 * transaction manager commits (where JPA flushes pending changes, and model signals are sent).
 * A {@code BEFORE_COMMIT} receiver scheduled after that point runs at once, still inside the
 * transaction, instead of waiting for a callback that has passed. Spring Boot applies it to its
 * transaction managers as a {@link TransactionExecutionListener} bean.
 */
public final class CommitPhaseListener implements TransactionExecutionListener {

	/** Registered with a transaction's synchronizations once it is committing. */
	private static final TransactionSynchronization COMMITTING = new QuietBeforeCommit() {

		@Override
		public String toString() {
			return "signals: transaction committing";
		}

	};

	@Override
	public void beforeCommit(TransactionExecution transaction) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(COMMITTING);
		}
	}

	/** @return whether the current transaction's before-commit callbacks have already run */
	static boolean isCommitting() {
		return TransactionSynchronizationManager.getSynchronizations().contains(COMMITTING);
	}

}
