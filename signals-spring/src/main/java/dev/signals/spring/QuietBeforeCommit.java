package dev.signals.spring;

import org.springframework.transaction.support.TransactionSynchronization;

/**
 * A transaction synchronization of the starter that changes nothing before the commit: its
 * {@code beforeCommit} and {@code beforeCompletion} callbacks do no work. When every
 * synchronization of a transaction is quiet, nothing can have changed an entity between the JPA
 * bridge's flush before commit and the commit, and the bridge lets the commit skip Hibernate's
 * own flush without looking at the entities again.
 */
public interface QuietBeforeCommit extends TransactionSynchronization {

	/**
	 * Whether this synchronization does no work before the commit.
	 * @return {@code true} unless it runs something in {@code beforeCommit} or {@code beforeCompletion}
	 */
	default boolean isQuietBeforeCommit() {
		return true;
	}

}
