package dev.signals.spring;

import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;

/**
 * Finds the executor that async receivers run on: Spring Boot's {@code applicationTaskExecutor},
 * else the only {@link Executor} bean, else none.
 */
final class ExecutorLookup implements Supplier<@Nullable Executor> {

	private final ListableBeanFactory beanFactory;

	ExecutorLookup(ListableBeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public @Nullable Executor get() {
		if (this.beanFactory.containsBean(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME)) {
			return this.beanFactory.getBean(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME, Executor.class);
		}
		return this.beanFactory.getBeanProvider(Executor.class).getIfUnique();
	}

}
