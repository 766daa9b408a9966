package dev.signals.spring;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import java.util.function.Supplier;

import dev.signals.NoSuchSignalException;
import dev.signals.Signal;
import dev.signals.SignalEvent;
import dev.signals.SignalRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.aop.support.AopUtils;
import org.springframework.util.ClassUtils;

/**
 * Checks a {@link Receiver @Receiver} declaration and builds one {@link ReceiverMethod} per
 * signal it names; every mistake that can be seen at startup becomes a
 * {@link ReceiverDeclarationException}.
 */
final class ReceiverMethodFactory {

	private static final Logger logger = LoggerFactory.getLogger(ReceiverMethodFactory.class);

	private final SignalRegistry registry;

	private final ReceiverChecks checks;

	private final ReceiverFilters filters;

	private final @Nullable TransactionPhases phases;

	private final Supplier<@Nullable Executor> executor;

	private final Supplier<@Nullable ReceiverOutbox> outbox;

	private final InvokerKind invokers;

	/**
	 * Creates a factory.
	 * @param registry where signal names are looked up
	 * @param checks what the signals send, to check each declaration against
	 * @param filters the filters bridges give receivers for annotations of their own
	 * @param phases the transaction phase support, {@code null} without spring-tx
	 * @param executor the application's task executor, asked for only when a receiver is async
	 * @param outbox the store of durable receivers' calls, asked for only when a receiver is durable
	 * @param invokers how the methods are called
	 */
	ReceiverMethodFactory(SignalRegistry registry, ReceiverChecks checks, ReceiverFilters filters,
			@Nullable TransactionPhases phases, Supplier<@Nullable Executor> executor,
			Supplier<@Nullable ReceiverOutbox> outbox, InvokerKind invokers) {
		this.registry = registry;
		this.checks = checks;
		this.filters = filters;
		this.phases = phases;
		this.executor = executor;
		this.outbox = outbox;
		this.invokers = invokers;
	}

	/**
	 * Builds the receivers of one annotated method.
	 * @param beanName the bean
	 * @param beanType the type of the bean as exposed (its proxy type)
	 * @param method the annotated method of the bean's class
	 * @param annotation the merged annotation
	 * @param order the receiver order
	 * @param bean supplies the bean (its proxy) for each call
	 * @return one receiver per signal named
	 */
	List<ReceiverMethod> create(String beanName, Class<?> beanType, Method method, Receiver annotation, int order,
			Supplier<Object> bean) {
		String description = description(method);
		checkMethod(description, method, annotation);
		Method invocable = invocable(description, method, beanType);
		MethodInvoker invoker;
		try {
			invoker = this.invokers.invoker(invocable);
		}
		catch (IllegalAccessException ex) {
			throw new ReceiverDeclarationException(description, "it cannot be accessed (" + ex.getMessage()
					+ "); make the method and its class public");
		}
		Executor executor = annotation.async() ? executor(description) : null;
		ReceiverOutbox outbox = annotation.durable() ? outbox(description) : null;
		TransactionPhases phases = (annotation.phase() != Phase.IMMEDIATE && outbox == null) ? this.phases : null;
		List<ReceiverMethod> receivers = new ArrayList<>();
		for (String name : annotation.signal()) {
			Signal signal = signal(description, name);
			ParameterBinding binding = ParameterBinding.resolve(method, signal, description, annotation.durable());
			this.checks.check(description, method, signal, annotation);
			Predicate<SignalEvent> filter = this.filters.filter(description, method, signal, annotation);
			ReceiverMethod receiver = new ReceiverMethod(beanName, method, description, signal, annotation, order, bean,
					invoker, binding, executor, phases, outbox, filter);
			if (outbox != null) {
				outbox.register(receiver);
			}
			receivers.add(receiver);
		}
		warnOfAsyncImmediateModelReceiver(description, annotation);
		return receivers;
	}

	/**
	 * @param method a receiver method
	 * @return how messages name it: {@code Class#method}, with the class as the user declared it
	 */
	static String description(Method method) {
		return ClassUtils.getUserClass(method.getDeclaringClass()).getSimpleName() + "#" + method.getName();
	}

	/** @return the filters of this factory's receivers */
	ReceiverFilters filters() {
		return this.filters;
	}

	private void warnOfAsyncImmediateModelReceiver(String description, Receiver annotation) {
		if (!annotation.async() || annotation.phase() != Phase.IMMEDIATE) {
			return;
		}
		List<String> models = Arrays.stream(annotation.signal()).filter(this.checks::isInstanceSignal).toList();
		if (!models.isEmpty()) {
			logger.warn("@Receiver {} of {} is async with phase IMMEDIATE: it runs on the task executor while the "
					+ "sending transaction is still open, also when that transaction rolls back, and the instance it "
					+ "gets may hold changes that are never committed. For side effects use async = true, "
					+ "phase = AFTER_COMMIT", description, models);
		}
	}

	private void checkMethod(String description, Method method, Receiver annotation) {
		if (Modifier.isStatic(method.getModifiers())) {
			throw new ReceiverDeclarationException(description,
					"the method is static, but receivers are called on their bean; make it an instance method");
		}
		if (Modifier.isPrivate(method.getModifiers())) {
			throw new ReceiverDeclarationException(description,
					"the method is private, so it cannot be called through the bean's proxy; make it package-private "
							+ "(no modifier) or public");
		}
		if (annotation.signal().length == 0) {
			throw new ReceiverDeclarationException(description,
					"it names no signal; give @Receiver(signal = ...) at least one signal name");
		}
		if (annotation.includeSubclasses() && annotation.sender().length == 0) {
			throw new ReceiverDeclarationException(description,
					"includeSubclasses = true needs sender classes; add sender = ... or remove includeSubclasses");
		}
		if (annotation.phase() != Phase.IMMEDIATE && this.phases == null) {
			throw new ReceiverDeclarationException(description, "phase " + annotation.phase()
					+ " needs Spring's transaction support, but spring-tx is not on the classpath; "
					+ "add org.springframework:spring-tx (any Spring Data or JDBC starter brings it) or use phase IMMEDIATE");
		}
		if (annotation.durable()) {
			checkDurable(description, annotation);
		}
		if (annotation.async() && annotation.phase() == Phase.BEFORE_COMMIT) {
			throw new ReceiverDeclarationException(description, "async = true cannot run inside the transaction "
					+ "that phase BEFORE_COMMIT is about; remove async or use phase AFTER_COMMIT");
		}
	}

	private static void checkDurable(String description, Receiver annotation) {
		if (annotation.phase() != Phase.IMMEDIATE && annotation.phase() != Phase.AFTER_COMMIT) {
			throw new ReceiverDeclarationException(description, "durable = true with phase " + annotation.phase()
					+ ": a durable receiver is delivered after the sending transaction commits; "
					+ "use phase AFTER_COMMIT (or leave the phase out) or remove durable");
		}
		if (annotation.async()) {
			throw new ReceiverDeclarationException(description, "durable = true with async = true: a durable receiver "
					+ "always runs on the durable delivery workers; remove async");
		}
	}

	private ReceiverOutbox outbox(String description) {
		ReceiverOutbox outbox = this.outbox.get();
		if (outbox == null) {
			throw new ReceiverDeclarationException(description, "it is durable, but the context has no durable "
					+ "signal support: it needs a single DataSource, spring-jdbc, a transaction manager and Jackson "
					+ "(spring-boot-starter-data-jpa or -jdbc with spring-boot-starter-json brings them), and "
					+ "signals.durable.enabled not false");
		}
		return outbox;
	}

	private Method invocable(String description, Method method, Class<?> beanType) {
		try {
			return AopUtils.selectInvocableMethod(method, beanType);
		}
		catch (IllegalStateException ex) {
			throw new ReceiverDeclarationException(description, "the bean is a JDK interface proxy and the method is "
					+ "not declared on one of its interfaces; declare it on an interface or proxy the target class "
					+ "(spring.aop.proxy-target-class=true)");
		}
	}

	private Executor executor(String description) {
		Executor executor = this.executor.get();
		if (executor == null) {
			throw new ReceiverDeclarationException(description, "it is async, but the context has no task executor: "
					+ "no bean named 'applicationTaskExecutor' and no single Executor bean. Let Spring Boot's "
					+ "TaskExecutionAutoConfiguration define one, or define a single Executor bean");
		}
		return executor;
	}

	private Signal signal(String description, String name) {
		try {
			return this.registry.get(name);
		}
		catch (NoSuchSignalException ex) {
			throw new ReceiverDeclarationException(description, "unknown signal '" + name + "'"
					+ ((ex.getClosestMatch() != null) ? "; did you mean '" + ex.getClosestMatch() + "'?" : "")
					+ " Known signals: " + ex.getKnownNames()
					+ ". Fix the name, or declare the signal as a Signal bean (Signal.of(\"" + name + "\", ...))");
		}
	}

}
