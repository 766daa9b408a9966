package dev.signals.spring;

import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;

/**
 * Finds the executor that async receivers run on: Spring Boot's {@code applicationTaskExecutor},
 * else the only {@link Executor} bean, else none.
 */
final class ExecutorLookup implements Supplier<@Nullable Executor> {

	/** The name Spring Boot gives the application's task executor bean. */
	private static final String APPLICATION_TASK_EXECUTOR = "applicationTaskExecutor";

	private final ListableBeanFactory beanFactory;

	ExecutorLookup(ListableBeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public @Nullable Executor get() {
		if (this.beanFactory.containsBean(APPLICATION_TASK_EXECUTOR)) {
			return this.beanFactory.getBean(APPLICATION_TASK_EXECUTOR, Executor.class);
		}
		return this.beanFactory.getBeanProvider(Executor.class).getIfUnique();
	}

}
