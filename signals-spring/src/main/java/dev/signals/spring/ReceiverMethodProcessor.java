package dev.signals.spring;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.signals.Connect;
import dev.signals.Connection;
import dev.signals.Signal;
import dev.signals.SignalRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.aop.framework.autoproxy.AutoProxyUtils;
import org.springframework.aop.scope.ScopedObject;
import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.BeanNameAware;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.annotation.Order;
import org.springframework.core.annotation.OrderUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.function.SingletonSupplier;

/**
 * Finds the {@link Receiver @Receiver} methods of every bean once all singletons exist, connects
 * them to the signals of the context's {@link SignalRegistry} in order ({@code @Order} on the
 * method, else on the bean, else registration order) and disconnects them when the context is
 * closed, before the receiver beans are destroyed. Each declaration is checked against what its
 * signal sends, and so are the senders of receivers connected in code by then, as the
 * {@link SignalSenders} beans know them. {@link Signal} beans the registry does not hold
 * yet (those of a child context using its parent's registry) are registered, and unregistered on
 * close; a failed startup leaves the registry as it was.
 *
 * <p>The receivers of a signal that a bridge sends while the context is still starting (a new
 * database connection, a schema migration) can be {@linkplain #connectAhead(String) connected
 * ahead}, and work that needs every receiver connected can {@linkplain #whenConnected(Runnable)
 * wait} for it.
 */
public class ReceiverMethodProcessor implements SmartInitializingSingleton, BeanFactoryAware, BeanNameAware,
		DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(ReceiverMethodProcessor.class);

	private static final String TRANSACTIONS = "org.springframework.transaction.support.TransactionSynchronizationManager";

	private final Set<Class<?>> nonAnnotatedClasses = ConcurrentHashMap.newKeySet();

	private final List<Connection> connections = new ArrayList<>();

	private final List<ReceiverMethod> receivers = new ArrayList<>();

	private final List<Signal> registered = new ArrayList<>();

	private @Nullable SignalRegistry registry;

	private @Nullable ConfigurableListableBeanFactory beanFactory;

	private String beanName = "signalsReceiverMethodProcessor";

	private final InvokerKind invokers;

	/** Signals whose receivers were connected ahead, and those receivers by {@link #key}; guarded by this. */
	private final Set<String> aheadSignals = new HashSet<>();

	private final Set<String> aheadKeys = new HashSet<>();

	/** Tasks waiting for the receivers to be connected, until they are; guarded by this. */
	private @Nullable List<Runnable> waiting = new ArrayList<>();

	/** Creates a processor that calls receiver methods the way this runtime allows: see {@link InvokerKind}. */
	public ReceiverMethodProcessor() {
		this(InvokerKind.forThisRuntime());
	}

	ReceiverMethodProcessor(InvokerKind invokers) {
		this.invokers = invokers;
	}

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = (ConfigurableListableBeanFactory) beanFactory;
	}

	@Override
	public void setBeanName(String name) {
		this.beanName = name;
	}

	@Override
	public void afterSingletonsInstantiated() {
		ConfigurableListableBeanFactory beanFactory = this.beanFactory;
		SignalRegistry registry = beanFactory.getBean(SignalRegistry.class);
		this.registry = registry;
		try {
			beanFactory.getBeanProvider(Signal.class).orderedStream().forEach(this::register);
			ReceiverChecks checks = new ReceiverChecks(beanFactory.getBeanProvider(SignalSenders.class).orderedStream()
				.toList());
			ReceiverFilters filters = new ReceiverFilters(beanFactory.getBeanProvider(ReceiverFilterFactory.class)
				.orderedStream()
				.<ReceiverFilterFactory<?>>map((factory) -> factory)
				.toList());
			ReceiverMethodFactory factory = new ReceiverMethodFactory(registry, checks, filters,
					transactionPhases(beanFactory), new ExecutorLookup(beanFactory),
					() -> beanFactory.getBeanProvider(ReceiverOutbox.class).getIfUnique(), this.invokers);
			List<ReceiverMethod> found = new ArrayList<>();
			for (String name : beanFactory.getBeanNamesForType(Object.class)) {
				if (!ScopedProxyUtils.isScopedTarget(name)) {
					processBean(factory, name, found);
				}
			}
			synchronized (this) {
				found.removeIf(this::connectedAhead);
			}
			found.sort(Comparator.comparingInt(ReceiverMethod::getOrder));
			checkDispatchUids(found);
			found.forEach(this::connect);
			checks.checkConnected(registry);
		}
		catch (RuntimeException ex) {
			destroy();
			throw ex;
		}
		logConnected(registry);
		List<Runnable> tasks;
		synchronized (this) {
			tasks = this.waiting;
			this.waiting = null;
		}
		if (tasks != null) {
			tasks.forEach(Runnable::run);
		}
	}

	/**
	 * Connects now, ahead of the other receivers, the {@code @Receiver} methods of a signal that is
	 * sent while the context starts, before all singletons exist: their beans are created at once.
	 * Does nothing once the receivers are connected, or when this signal's were connected ahead
	 * already. Call it on the thread that starts the context.
	 * @param signalName the signal
	 * @throws ReceiverDeclarationException when such a receiver is deferred (a transaction phase,
	 * {@code async}) or its bean cannot be created yet
	 */
	public synchronized void connectAhead(String signalName) {
		if (this.waiting == null || !this.aheadSignals.add(signalName)) {
			return;
		}
		ConfigurableListableBeanFactory beanFactory = this.beanFactory;
		SignalRegistry registry = beanFactory.getBean(SignalRegistry.class);
		this.registry = registry;
		// no transaction manager nor executor yet: the receivers connected ahead run immediately
		ReceiverMethodFactory factory = new ReceiverMethodFactory(registry, new ReceiverChecks(List.of()),
				ReceiverFilters.none(), null, () -> null, () -> null, this.invokers);
		List<ReceiverMethod> found = new ArrayList<>();
		for (String name : beanFactory.getBeanNamesForType(Object.class, true, false)) {
			if (!ScopedProxyUtils.isScopedTarget(name)) {
				processBeanAhead(factory, name, signalName, found);
			}
		}
		found.sort(Comparator.comparingInt(ReceiverMethod::getOrder));
		checkDispatchUids(found);
		for (ReceiverMethod receiver : found) {
			connect(receiver);
			this.aheadKeys.add(key(receiver));
		}
	}

	/**
	 * Runs a task once this processor has connected the receivers of the context: at once if it
	 * has, else right after it connects them, in the order the tasks were given, on the thread that
	 * starts the context. An exception a task throws fails the start.
	 * @param task the task
	 */
	public void whenConnected(Runnable task) {
		synchronized (this) {
			if (this.waiting != null) {
				this.waiting.add(task);
				return;
			}
		}
		task.run();
	}

	/**
	 * Whether a receiver found once all singletons exist was connected ahead already; such a
	 * receiver was connected before the bridges' filters could be made, so it must have none.
	 */
	private boolean connectedAhead(ReceiverMethod receiver) {
		if (!this.aheadKeys.contains(key(receiver))) {
			return false;
		}
		if (receiver.isFiltered()) {
			throw new ReceiverDeclarationException(receiver.toString(), "signal '" + receiver.getSignal().name()
					+ "' is sent while the context starts, so its receivers are connected before any annotation "
					+ "that narrows which sends reach them can take effect; remove that annotation");
		}
		return true;
	}

	private static String key(ReceiverMethod receiver) {
		return receiver.getBeanName() + '\0' + receiver.getMethod().toGenericString() + '\0'
				+ receiver.getSignal().name();
	}

	private void logConnected(SignalRegistry registry) {
		if (!logger.isInfoEnabled()) {
			return;
		}
		int receivers = 0;
		int signals = 0;
		for (Signal signal : registry.signals()) {
			int connected = signal.receivers().size();
			receivers += connected;
			signals += (connected > 0) ? 1 : 0;
		}
		logger.info("{} receivers connected to {} of {} signals ({} of them from @Receiver methods of this context)",
				receivers, signals, registry.signals().size(), this.connections.size());
	}

	/** Registers a Signal bean the registry does not hold yet (a child context's), to take it out again on close. */
	private void register(Signal signal) {
		SignalRegistry registry = this.registry;
		if (registry.find(signal.name()).orElse(null) != signal) {
			registry.register(signal);
			this.registered.add(signal);
		}
	}

	private @Nullable TransactionPhases transactionPhases(ConfigurableListableBeanFactory beanFactory) {
		if (!ClassUtils.isPresent(TRANSACTIONS, beanFactory.getBeanClassLoader())) {
			return null;
		}
		return new TransactionPhases(TransactionManagerLookup.find(beanFactory));
	}

	private void processBean(ReceiverMethodFactory factory, String name, List<ReceiverMethod> found) {
		Class<?> type = targetClass(name);
		if (type == null || this.nonAnnotatedClasses.contains(type)
				|| !AnnotationUtils.isCandidateClass(type, Receiver.class)) {
			return;
		}
		Map<Method, Receiver> annotated = ReceiverMethods.of(type, factory.filters()::checkNotReceiver);
		if (annotated.isEmpty()) {
			this.nonAnnotatedClasses.add(type);
			return;
		}
		Class<?> beanType = this.beanFactory.getType(name);
		Supplier<Object> bean = beanSupplier(name);
		Integer beanOrder = beanOrder(type, name);
		List<Method> methods = new ArrayList<>(annotated.keySet());
		methods.sort(Comparator.comparing(Method::getName).thenComparing(Method::toGenericString));
		for (Method method : methods) {
			Order order = AnnotatedElementUtils.findMergedAnnotation(method, Order.class);
			int value = (order != null) ? order.value() : (beanOrder != null) ? beanOrder : Ordered.LOWEST_PRECEDENCE;
			found.addAll(factory.create(name, (beanType != null) ? beanType : type, method, annotated.get(method), value,
					bean));
		}
		this.beanFactory.registerDependentBean(name, this.beanName);
	}

	/**
	 * Connects ahead the receivers of one signal on one bean, creating the bean now (a singleton is
	 * kept, a bean of another scope looked up for each call as usual); looks at types without
	 * initializing factory beans, which may need what is still being created.
	 */
	private void processBeanAhead(ReceiverMethodFactory factory, String name, String signalName,
			List<ReceiverMethod> found) {
		Class<?> type = aheadType(name);
		if (type == null || !AnnotationUtils.isCandidateClass(type, Receiver.class)) {
			return;
		}
		Map<Method, Receiver> annotated = new HashMap<>(ReceiverMethods.of(type));
		annotated.values().removeIf((receiver) -> !Arrays.asList(receiver.signal()).contains(signalName));
		if (annotated.isEmpty()) {
			return;
		}
		List<Method> methods = new ArrayList<>(annotated.keySet());
		methods.sort(Comparator.comparing(Method::getName).thenComparing(Method::toGenericString));
		for (Method method : methods) {
			checkImmediate(method, annotated.get(method), signalName);
		}
		Object bean = createAhead(name, methods.get(0), signalName);
		Supplier<Object> supplier = this.beanFactory.isSingleton(name) ? () -> bean : beanSupplier(name);
		Integer beanOrder = beanOrder(type, name);
		for (Method method : methods) {
			Order order = AnnotatedElementUtils.findMergedAnnotation(method, Order.class);
			int value = (order != null) ? order.value() : (beanOrder != null) ? beanOrder : Ordered.LOWEST_PRECEDENCE;
			factory.create(name, bean.getClass(), method, annotated.get(method), value, supplier)
				.stream()
				.filter((receiver) -> receiver.getSignal().name().equals(signalName))
				.forEach(found::add);
		}
		this.beanFactory.registerDependentBean(name, this.beanName);
	}

	private @Nullable Class<?> aheadType(String name) {
		try {
			Class<?> type = this.beanFactory.getType(name, false);
			return (type != null) ? ClassUtils.getUserClass(type) : null;
		}
		catch (Throwable ex) {
			logger.debug("Could not resolve the type of bean '{}' early; not looking for @Receiver methods", name, ex);
			return null;
		}
	}

	private static void checkImmediate(Method method, Receiver annotation, String signalName) {
		if (annotation.phase() != Phase.IMMEDIATE || annotation.async()) {
			throw new ReceiverDeclarationException(ReceiverMethodFactory.description(method), "it receives '" + signalName
					+ "', which is sent while the context starts, before transactions and the task executor exist, "
					+ "so its receivers run at once: remove " + (annotation.async() ? "async = true" : "phase = "
							+ annotation.phase()));
		}
	}

	private Object createAhead(String name, Method method, String signalName) {
		try {
			return this.beanFactory.getBean(name);
		}
		catch (BeansException ex) {
			throw new ReceiverDeclarationException(ReceiverMethodFactory.description(method), "it receives '" + signalName
					+ "', which is sent while the context starts, so its bean '" + name
					+ "' is created then, before the other beans, and that failed: "
					+ NestedExceptionUtils.getMostSpecificCause(ex).getMessage() + "; receive '" + signalName
					+ "' in a bean of its own that does not depend on the DataSource, JPA or repositories", ex);
		}
	}

	private @Nullable Class<?> targetClass(String name) {
		try {
			Class<?> type = AutoProxyUtils.determineTargetClass(this.beanFactory, name);
			if (type != null && ScopedObject.class.isAssignableFrom(type)) {
				Class<?> target = AutoProxyUtils.determineTargetClass(this.beanFactory,
						ScopedProxyUtils.getTargetBeanName(name));
				return (target != null) ? target : type;
			}
			return (type != null) ? ClassUtils.getUserClass(type) : null;
		}
		catch (Throwable ex) {
			logger.debug("Could not resolve target class for bean '{}'; not looking for @Receiver methods", name, ex);
			return null;
		}
	}

	private Supplier<Object> beanSupplier(String name) {
		ConfigurableListableBeanFactory beanFactory = this.beanFactory;
		if (!beanFactory.isSingleton(name)) {
			return () -> beanFactory.getBean(name);
		}
		if (!beanFactory.containsBeanDefinition(name) || isEagerSingleton(beanFactory.getBeanDefinition(name))) {
			Object bean = beanFactory.getBean(name);
			return () -> bean;
		}
		// a lazy singleton: looked up at the first send that reaches it, then kept
		return SingletonSupplier.of(() -> beanFactory.getBean(name));
	}

	private static boolean isEagerSingleton(BeanDefinition definition) {
		return definition.isSingleton() && !definition.isLazyInit();
	}

	/**
	 * The order of a bean, as Spring's {@code OrderComparator} sees it: {@link Ordered} first, then
	 * {@code @Order} or {@code @Priority} on its class. A lazy bean not created yet is not created
	 * to ask it.
	 */
	private @Nullable Integer beanOrder(Class<?> type, String name) {
		if (this.beanFactory.getSingleton(name) instanceof Ordered ordered) {
			return ordered.getOrder();
		}
		return OrderUtils.getOrder(type);
	}

	private static void checkDispatchUids(List<ReceiverMethod> receivers) {
		Map<String, ReceiverMethod> byUid = new HashMap<>();
		for (ReceiverMethod receiver : receivers) {
			String uid = receiver.getDispatchUid();
			if (uid == null) {
				continue;
			}
			ReceiverMethod other = byUid.putIfAbsent(receiver.getSignal().name() + '\0' + uid, receiver);
			if (other != null && !other.getMethod().equals(receiver.getMethod())) {
				throw new ReceiverDeclarationException(receiver.toString(), "dispatchUid '" + uid
						+ "' is also used by " + other + " on signal '" + receiver.getSignal().name()
						+ "'; a dispatch uid identifies one receiver of a signal: give each its own uid");
			}
		}
	}

	private void connect(ReceiverMethod receiver) {
		Class<?>[] senders = receiver.getSenders();
		if (senders.length == 0) {
			add(receiver, options(receiver, Connect.anySender()));
		}
		for (Class<?> sender : senders) {
			Connect options = Connect.sender(sender);
			add(receiver, options(receiver, receiver.isIncludeSubclasses() ? options.includeSubclasses() : options));
		}
		this.receivers.add(receiver);
	}

	private static Connect options(ReceiverMethod receiver, Connect options) {
		return (receiver.getDispatchUid() != null) ? options.dispatchUid(receiver.getDispatchUid()) : options;
	}

	private void add(ReceiverMethod receiver, Connect options) {
		Signal signal = receiver.getSignal();
		Connection connection = signal.connect(receiver, options);
		if (!connection.added()) {
			throw new ReceiverDeclarationException(receiver.toString(), "dispatchUid '" + receiver.getDispatchUid()
					+ "' is already connected to signal '" + receiver.getSignal().name() + "' for sender "
					+ options.sender() + "; give this receiver another uid");
		}
		this.connections.add(connection);
	}

	/** @return the receivers connected, in dispatch order */
	public List<ReceiverMethod> getReceivers() {
		return List.copyOf(this.receivers);
	}

	/** Disconnects every receiver this processor connected and unregisters the signals it registered. */
	@Override
	public void destroy() {
		this.connections.forEach(Connection::disconnect);
		this.connections.clear();
		this.receivers.clear();
		SignalRegistry registry = this.registry;
		if (registry != null) {
			this.registered.forEach(registry::unregister);
		}
		this.registered.clear();
	}

}
