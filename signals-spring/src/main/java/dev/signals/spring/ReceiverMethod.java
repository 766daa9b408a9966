package dev.signals.spring;

import java.lang.reflect.Method;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import java.util.function.Supplier;

import dev.signals.Signal;
import dev.signals.SignalEvent;
import dev.signals.SignalReceiver;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * A bean method annotated {@link Receiver @Receiver}, connected to one signal: it binds the
 * method's parameters by name to the event and calls the method on the bean (through its proxy).
 * With a transaction {@linkplain #getPhase() phase} other than {@link Phase#IMMEDIATE}, or when
 * {@linkplain #isAsync() async}, the send only schedules the call and the response is
 * {@code null}. Its {@code toString()} is {@code SimpleClassName#method}, the description the
 * dispatcher uses in logs and errors. A {@linkplain #isDurable() durable} receiver's send only
 * stores the call in the {@link ReceiverOutbox}, which delivers it later. A receiver with a
 * {@linkplain ReceiverFilterFactory filter} is called, stored or scheduled only for the sends its
 * filter accepts, and answers {@code null} to the others.
 */
public final class ReceiverMethod implements SignalReceiver {

	private static final Logger logger = LoggerFactory.getLogger(ReceiverMethod.class);

	private final String beanName;

	private final Method method;

	private final Signal signal;

	private final Phase phase;

	private final boolean async;

	private final Class<?>[] senders;

	private final boolean includeSubclasses;

	private final @Nullable String dispatchUid;

	private final int order;

	private final Supplier<Object> bean;

	private final MethodInvoker invoker;

	private final ParameterBinding binding;

	private final @Nullable Executor executor;

	private final @Nullable TransactionPhases phases;

	private final @Nullable ReceiverOutbox outbox;

	private final @Nullable Predicate<SignalEvent> filter;

	private final String description;

	private final Delivery delivery;

	/** Called now, on the sending thread, for every send: delivered {@link Delivery#NOW} and not filtered. */
	private final boolean direct;

	/** How a receiver's calls are delivered, decided once from its declaration. */
	enum Delivery {

		/** Called during the send, on the sending thread. */
		NOW,

		/** Handed over to the application's task executor during the send. */
		ASYNC,

		/** Scheduled for its transaction phase, then called there (handed over if also async). */
		PHASE,

		/** Stored as a publication in the sending transaction, delivered after it commits. */
		DURABLE;

		static Delivery of(boolean async, @Nullable TransactionPhases phases, @Nullable ReceiverOutbox outbox) {
			if (outbox != null) {
				return DURABLE;
			}
			if (phases != null) {
				return PHASE;
			}
			return async ? ASYNC : NOW;
		}

	}

	ReceiverMethod(String beanName, Method method, String description, Signal signal, Receiver annotation, int order,
			Supplier<Object> bean, MethodInvoker invoker, ParameterBinding binding, @Nullable Executor executor,
			@Nullable TransactionPhases phases, @Nullable ReceiverOutbox outbox, @Nullable Predicate<SignalEvent> filter) {
		this.beanName = beanName;
		this.method = method;
		this.signal = signal;
		this.phase = annotation.durable() ? Phase.AFTER_COMMIT : annotation.phase();
		this.async = annotation.async();
		this.senders = annotation.sender().clone();
		this.includeSubclasses = annotation.includeSubclasses();
		this.dispatchUid = annotation.dispatchUid().isEmpty() ? null : annotation.dispatchUid();
		this.order = order;
		this.bean = bean;
		this.invoker = invoker;
		this.binding = binding;
		this.executor = executor;
		this.phases = phases;
		this.outbox = outbox;
		this.filter = filter;
		this.delivery = Delivery.of(this.async, phases, outbox);
		this.direct = (this.delivery == Delivery.NOW) && (filter == null);
		this.description = description;
	}

	/** @return the name of the bean the method is called on */
	public String getBeanName() {
		return this.beanName;
	}

	/** @return the annotated method, as declared on the bean's class */
	public Method getMethod() {
		return this.method;
	}

	/** @return the signal this receiver is connected to */
	public Signal getSignal() {
		return this.signal;
	}

	/** @return when the method runs relative to the sending transaction */
	public Phase getPhase() {
		return this.phase;
	}

	/** @return whether the method runs on the application's task executor */
	public boolean isAsync() {
		return this.async;
	}

	/** @return whether its calls are stored and delivered at least once, after commit */
	public boolean isDurable() {
		return this.delivery == Delivery.DURABLE;
	}

	/** @return the sender classes it receives from, empty for any sender */
	public Class<?>[] getSenders() {
		return this.senders.clone();
	}

	/** @return whether subclasses of the sender classes match too */
	public boolean isIncludeSubclasses() {
		return this.includeSubclasses;
	}

	/** @return the dispatch uid it is connected under, or {@code null} */
	public @Nullable String getDispatchUid() {
		return this.dispatchUid;
	}

	/** @return the order among receivers: {@code @Order} on the method or the bean, else lowest precedence */
	public int getOrder() {
		return this.order;
	}

	/** @return whether a filter decides which sends call it */
	boolean isFiltered() {
		return this.filter != null;
	}

	/**
	 * Calls the method now, stores the call when the receiver is durable, or schedules it for its
	 * phase or its executor; does nothing for a send its filter rejects.
	 * @param event the event
	 * @return what the method returned, {@code null} when the call was only scheduled or filtered out
	 * @throws Exception what the method threw
	 */
	@Override
	public @Nullable Object receive(SignalEvent event) throws Exception {
		if (this.direct) {
			return invoke(event);
		}
		return receiveFilteredOrLater(event);
	}

	/** The rest of {@link #receive}, apart so that the call of a direct receiver stays small. */
	private @Nullable Object receiveFilteredOrLater(SignalEvent event) throws Exception {
		if (this.filter != null && !this.filter.test(event)) {
			return null;
		}
		switch (this.delivery) {
			case NOW -> {
				return invoke(event);
			}
			case ASYNC -> handOver(() -> {
				try {
					invoke(event);
				}
				catch (Exception ex) {
					logFailure(event, ex);
				}
			});
			case PHASE -> this.phases.schedule(this, event);
			case DURABLE -> this.outbox.store(this, event);
		}
		return null;
	}

	/**
	 * Calls the method now, on this thread.
	 * @param event the event whose values become the arguments
	 * @return what the method returned
	 * @throws Exception what the method threw
	 */
	@Nullable Object invoke(SignalEvent event) throws Exception {
		Object bean = this.bean.get();
		try {
			return this.invoker.invoke(bean, event, this.binding, this);
		}
		catch (ClassCastException | NullPointerException ex) {
			// a value that does not fit its parameter fails the call before the method runs: say which
			this.binding.check(event, this);
			throw ex;
		}
	}

	/**
	 * Calls a durable receiver now, on this thread, for a stored call being delivered.
	 * @param event the send, recreated from what was stored
	 * @param publicationId the id of the stored call, for a {@code publicationId} parameter
	 * @return what the method returned
	 * @throws Exception what the method threw
	 */
	public @Nullable Object deliver(SignalEvent event, UUID publicationId) throws Exception {
		@Nullable Object[] args = this.binding.bind(event, this, publicationId);
		try {
			return this.invoker.invoke(this.bean.get(), args);
		}
		catch (Exception | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new UndeclaredThrowableException(ex);
		}
	}

	/**
	 * Hands a task over to the application's task executor.
	 * @param task the task
	 */
	void handOver(Runnable task) {
		Executor executor = this.executor;
		if (executor == null) {
			throw new IllegalStateException("Receiver " + this + " is async but has no task executor");
		}
		executor.execute(task);
	}

	/**
	 * Logs a failure of a deferred or asynchronous call at ERROR, naming signal and receiver, and
	 * reports it to the signal's observers.
	 * @param event the event of the call
	 * @param failure what it threw
	 */
	void logFailure(SignalEvent event, Throwable failure) {
		logger.error("Receiver {} of signal '{}' failed (phase {}{}, sender {}): {}", this, this.signal.name(),
				this.phase, this.async ? ", async" : "", event.sender(), failure.toString(), failure);
		this.signal.reportLateFailure(event, this, failure);
	}

	@Override
	public String toString() {
		return this.description;
	}

}
