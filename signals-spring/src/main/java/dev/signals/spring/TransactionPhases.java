package dev.signals.spring;

import java.util.function.Supplier;

import dev.signals.SignalEvent;
import dev.signals.SignalException;
import org.jspecify.annotations.Nullable;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs receivers at a transaction phase on Spring's transaction synchronization. With no
 * synchronization active, {@code BEFORE_COMMIT}, {@code AFTER_COMMIT} and
 * {@code AFTER_COMPLETION} receivers run at once and {@code AFTER_ROLLBACK} ones never. Receivers
 * of the after-completion phases run in a new transaction when a transaction manager is known, so
 * that their writes are committed, after a commit on the connection the committed transaction holds
 * (see {@link CompletedTransactionResources}), and their failures are logged, never thrown at the sender.
 * Only this class touches spring-tx.
 */
final class TransactionPhases {

	private final @Nullable TransactionTemplate newTransaction;

	TransactionPhases(@Nullable PlatformTransactionManager transactionManager) {
		if (transactionManager != null) {
			this.newTransaction = new TransactionTemplate(transactionManager);
			this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		}
		else {
			this.newTransaction = null;
		}
	}

	/**
	 * Runs the receiver at its phase of the current transaction, or at once when none is active.
	 * @param receiver the receiver, whose phase is not {@link Phase#IMMEDIATE}
	 * @param event the event
	 * @throws Exception what a {@code BEFORE_COMMIT} receiver run at once threw
	 */
	void schedule(ReceiverMethod receiver, SignalEvent event) throws Exception {
		Phase phase = receiver.getPhase();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			if (phase == Phase.BEFORE_COMMIT && CommitPhaseListener.isCommitting()) {
				receiver.invoke(event);
			}
			else {
				TransactionSynchronizationManager.registerSynchronization(new PhaseSynchronization(receiver, event));
			}
		}
		else if (phase == Phase.BEFORE_COMMIT) {
			receiver.invoke(event);
		}
		else if (phase != Phase.AFTER_ROLLBACK) {
			afterCompletion(receiver, event, false);
		}
	}

	/**
	 * Runs an after-completion receiver, at once or handed over when it is async.
	 * @param committed whether the transaction committed: its connection is then reused; after a
	 * rollback or an unknown outcome it may be broken, and the receiver's transaction takes another
	 */
	private void afterCompletion(ReceiverMethod receiver, SignalEvent event, boolean committed) {
		if (!receiver.isAsync()) {
			run(receiver, event, committed);
			return;
		}
		try {
			receiver.handOver(() -> run(receiver, event, false));
		}
		catch (RuntimeException ex) {
			receiver.logFailure(event, ex);
		}
	}

	private void run(ReceiverMethod receiver, SignalEvent event, boolean reuseConnection) {
		try {
			if (this.newTransaction != null) {
				TransactionTemplate transaction = this.newTransaction;
				Supplier<@Nullable Object> work = () -> transaction.execute((status) -> {
					invokeUnchecked(receiver, event);
					return null;
				});
				if (reuseConnection) {
					CompletedTransactionResources.reuse(work);
				}
				else {
					work.get();
				}
			}
			else {
				receiver.invoke(event);
			}
		}
		catch (CheckedFailure ex) {
			receiver.logFailure(event, ex.getCause());
		}
		catch (Exception ex) {
			receiver.logFailure(event, ex);
		}
	}

	private static void invokeUnchecked(ReceiverMethod receiver, SignalEvent event) {
		try {
			receiver.invoke(event);
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new CheckedFailure(ex);
		}
	}

	/** Carries a checked exception out of the transaction callback, rolling the new transaction back. */
	private static final class CheckedFailure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		CheckedFailure(Exception cause) {
			super(cause);
		}

	}

	private final class PhaseSynchronization implements QuietBeforeCommit {

		private final ReceiverMethod receiver;

		private final SignalEvent event;

		private boolean ranBeforeCommit;

		PhaseSynchronization(ReceiverMethod receiver, SignalEvent event) {
			this.receiver = receiver;
			this.event = event;
		}

		@Override
		public int getOrder() {
			return this.receiver.getOrder();
		}

		@Override
		public boolean isQuietBeforeCommit() {
			return this.receiver.getPhase() != Phase.BEFORE_COMMIT;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			if (this.receiver.getPhase() == Phase.BEFORE_COMMIT) {
				this.ranBeforeCommit = true;
				try {
					this.receiver.invoke(this.event);
				}
				catch (Exception ex) {
					this.event.signal().reportLateFailure(this.event, this.receiver, ex);
					throw (ex instanceof RuntimeException runtime) ? runtime
							: new SignalException(this.event.signal().name(), this.receiver.toString(), ex);
				}
			}
		}

		@Override
		public void afterCompletion(int status) {
			Phase phase = this.receiver.getPhase();
			if (phase == Phase.BEFORE_COMMIT && !this.ranBeforeCommit && status == STATUS_COMMITTED) {
				this.receiver.logFailure(this.event, new IllegalStateException("It was scheduled while the "
						+ "transaction was already committing and did not run. Let Spring Boot create the transaction "
						+ "manager, or add the signals TransactionExecutionListener bean to yours"));
			}
			else if ((phase == Phase.AFTER_COMMIT && status == STATUS_COMMITTED)
					|| (phase == Phase.AFTER_ROLLBACK && status == STATUS_ROLLED_BACK)
					|| phase == Phase.AFTER_COMPLETION) {
				TransactionPhases.this.afterCompletion(this.receiver, this.event, status == STATUS_COMMITTED);
			}
		}

	}

}
