package dev.signals.spring;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Finds the transaction manager that after-completion receivers start their new transaction
 * with: the only {@link PlatformTransactionManager}, else the one named {@code transactionManager}.
 */
final class TransactionManagerLookup {

	private TransactionManagerLookup() {
	}

	static @Nullable PlatformTransactionManager find(ListableBeanFactory beanFactory) {
		PlatformTransactionManager unique = beanFactory.getBeanProvider(PlatformTransactionManager.class).getIfUnique();
		if (unique != null) {
			return unique;
		}
		if (beanFactory.containsBean("transactionManager")) {
			return beanFactory.getBean("transactionManager", PlatformTransactionManager.class);
		}
		return null;
	}

}
