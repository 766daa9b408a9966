package dev.signals.spring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.ClassUtils;

/**
 * Runs work after a transaction completed, on the connection that transaction still holds.
 *
 * <p>Spring calls after-completion callbacks before it releases the transaction's resources, so
 * a new transaction started there would take a second connection from the pool while the first
 * is idle: with as many committing threads as connections, every one of them waits for the
 * pool. Instead, the completed transaction's resources are set aside for the duration of the
 * work, and its {@code EntityManager} (or, without JPA, its JDBC connection) is exposed again
 * without a transaction, the way open-session-in-view exposes one, so that the new transaction
 * begins on it. The resources are bound again afterwards, for Spring to clean up as usual.
 */
final class CompletedTransactionResources {

	private static final boolean jpaPresent = ClassUtils.isPresent(
			"org.springframework.orm.jpa.EntityManagerHolder", CompletedTransactionResources.class.getClassLoader());

	private static final boolean jdbcPresent = ClassUtils.isPresent(
			"org.springframework.jdbc.datasource.ConnectionHolder", CompletedTransactionResources.class.getClassLoader());

	private CompletedTransactionResources() {
	}

	/**
	 * Runs the work with the thread's resources exposed again without their transaction; outside
	 * a completed transaction (no resources, or a transaction still active) it just runs it.
	 * @param <T> the result type
	 * @param work the work, which starts its own transaction
	 * @return its result
	 */
	static <T> T reuse(Supplier<T> work) {
		Map<Object, Object> bound = TransactionSynchronizationManager.getResourceMap();
		if (bound.isEmpty() || TransactionSynchronizationManager.isSynchronizationActive()) {
			return work.get();
		}
		Map<Object, Object> setAside = new LinkedHashMap<>(bound);
		setAside.keySet().forEach(TransactionSynchronizationManager::unbindResource);
		try {
			exposeAgain(setAside);
			return work.get();
		}
		finally {
			List.copyOf(TransactionSynchronizationManager.getResourceMap().keySet())
				.forEach(TransactionSynchronizationManager::unbindResourceIfPossible);
			setAside.forEach(TransactionSynchronizationManager::bindResource);
		}
	}

	private static void exposeAgain(Map<Object, Object> resources) {
		boolean entityManagers = jpaPresent && Jpa.exposeAgain(resources);
		if (!entityManagers && jdbcPresent) {
			Jdbc.exposeAgain(resources); // a JPA transaction manager binds its own connection holder
		}
	}

	private static final class Jpa {

		static boolean exposeAgain(Map<Object, Object> resources) {
			boolean exposed = false;
			for (Map.Entry<Object, Object> resource : resources.entrySet()) {
				if (resource.getValue() instanceof EntityManagerHolder holder && holder.getEntityManager().isOpen()) {
					TransactionSynchronizationManager.bindResource(resource.getKey(),
							new EntityManagerHolder(holder.getEntityManager()));
					exposed = true;
				}
			}
			return exposed;
		}

	}

	private static final class Jdbc {

		static void exposeAgain(Map<Object, Object> resources) {
			for (Map.Entry<Object, Object> resource : resources.entrySet()) {
				if (resource.getValue() instanceof ConnectionHolder holder && holder.getConnectionHandle() != null) {
					TransactionSynchronizationManager.bindResource(resource.getKey(),
							new ConnectionHolder(holder.getConnection()));
				}
			}
		}

	}

}
