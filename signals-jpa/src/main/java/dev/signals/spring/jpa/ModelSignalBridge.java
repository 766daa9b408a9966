package dev.signals.spring.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import dev.signals.Signal;
import org.hibernate.SessionEventListener;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerGroup;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.support.PersistenceExceptionTranslator;

/**
 * Connects one Hibernate session factory to the model signals of one registry: registers the
 * listeners that send them, keeps the state of each open session, and takes the listeners out
 * again when the application context closes.
 */
final class ModelSignalBridge {

	private final SessionFactoryImplementor sessionFactory;

	private final ModelSignalSet signals;

	private final int maxRounds;

	private final PersistenceExceptionTranslator exceptionTranslator;

	private final DeleteOrder deleteOrder;

	private final Map<EventSource, SessionSignals> sessions = new ConcurrentHashMap<>();

	/**
	 * The state looked up last: a session sends its events in runs on its own thread, so this
	 * spares most map lookups. Always checked against the session asking.
	 */
	private volatile @Nullable SessionSignals recent;

	private final List<Registration<?>> registrations = new ArrayList<>();

	/** The registrations waiting for a signal's first receiver, dropped when the bridge detaches. */
	private final List<Signal.Waiting> waiting = new ArrayList<>();

	private volatile boolean attached;

	/** Whether the flush and operation listeners are registered; guarded by {@link #registrations}. */
	private boolean operationsRegistered;

	ModelSignalBridge(SessionFactoryImplementor sessionFactory, ModelSignalSet signals, int maxRounds,
			PersistenceExceptionTranslator exceptionTranslator) {
		this.sessionFactory = sessionFactory;
		this.signals = signals;
		this.maxRounds = maxRounds;
		this.exceptionTranslator = exceptionTranslator;
		this.deleteOrder = new DeleteOrder(sessionFactory);
	}

	/** @return how the factory's transaction manager translates a failed commit */
	PersistenceExceptionTranslator exceptionTranslator() {
		return this.exceptionTranslator;
	}

	SessionFactoryImplementor sessionFactory() {
		return this.sessionFactory;
	}

	ModelSignalSet signals() {
		return this.signals;
	}

	/** @return whether the listeners are registered and should act */
	boolean isAttached() {
		return this.attached;
	}

	/**
	 * The state of a session, created on first use and dropped when the session ends.
	 * @param session the session
	 * @return its state
	 */
	SessionSignals state(EventSource session) {
		SessionSignals state = existingState(session);
		if (state == null) {
			state = new SessionSignals(this.signals, session, this.maxRounds, this.deleteOrder);
			this.sessions.put(session, state);
			session.getEventListenerManager().addListener(new SessionHooks(session, state));
			this.recent = state;
		}
		return state;
	}

	/**
	 * The state of a session if it has one.
	 * @param session the session
	 * @return its state, or {@code null}
	 */
	@Nullable SessionSignals existingState(EventSource session) {
		SessionSignals recent = this.recent;
		if (recent != null && recent.session() == session) {
			return recent;
		}
		if (this.sessions.isEmpty()) {
			return null; // no session has state: spares the lookup of every persist before the first flush
		}
		SessionSignals state = this.sessions.get(session);
		if (state != null) {
			this.recent = state;
		}
		return state;
	}

	/**
	 * Prepares the listeners for the session factory, to be registered after those the application
	 * registered once a model signal has a receiver: until then Hibernate calls nothing of the
	 * bridge. The listeners that follow the flushes and operations of sessions come with the first
	 * receiver of any model signal; those Hibernate calls for every row, load or collection only
	 * with the first receiver of their own signal, so that Hibernate keeps the shortcuts it takes
	 * when no listener is registered.
	 */
	void attach() {
		EventListenerRegistry registry = this.sessionFactory.getEventListenerRegistry();
		synchronized (this.registrations) {
			this.attached = true;
		}
		FlushListeners.Before before = new FlushListeners.Before(this);
		FlushListeners.After after = new FlushListeners.After(this);
		Runnable operations = () -> {
			if (this.operationsRegistered) {
				return;
			}
			prepend(registry, EventType.FLUSH, before);
			prepend(registry, EventType.AUTO_FLUSH, before);
			prepend(registry, EventType.DELETE, before);
			prepend(registry, EventType.PERSIST, before);
			prepend(registry, EventType.PERSIST_ONFLUSH, before);
			append(registry, EventType.FLUSH, after);
			append(registry, EventType.AUTO_FLUSH, after);
			append(registry, EventType.DELETE, after);
			append(registry, EventType.PERSIST, after);
			append(registry, EventType.MERGE, after);
			append(registry, EventType.CLEAR, after);
			this.operationsRegistered = true;
		};
		for (Signal signal : this.signals.all()) {
			whenConnected(signal, operations);
		}
		EntityListeners entities = new EntityListeners(this);
		CollectionListeners collections = new CollectionListeners(this);
		whenConnected(this.signals.preSave, () -> {
			append(registry, EventType.PRE_INSERT, entities);
			append(registry, EventType.PRE_UPDATE, entities);
		});
		whenConnected(this.signals.postSave, () -> {
			append(registry, EventType.POST_INSERT, entities);
			append(registry, EventType.POST_UPDATE, entities);
		});
		whenConnected(this.signals.postInit, () -> append(registry, EventType.POST_LOAD, entities));
		whenConnected(this.signals.m2mChanged, () -> {
			append(registry, EventType.PRE_COLLECTION_RECREATE, collections);
			append(registry, EventType.PRE_COLLECTION_UPDATE, collections);
			append(registry, EventType.PRE_COLLECTION_REMOVE, collections);
		});
	}

	/** Registers listeners once a signal has a receiver, unless the bridge was detached meanwhile. */
	private void whenConnected(Signal signal, Runnable registration) {
		Signal.Waiting waiting = signal.whenConnected(() -> {
			synchronized (this.registrations) {
				if (this.attached) {
					registration.run();
				}
			}
		});
		synchronized (this.registrations) {
			this.waiting.add(waiting);
		}
	}

	/** Removes every listener this bridge registered, keeping the others in their order. */
	void detach() {
		synchronized (this.registrations) {
			this.attached = false;
			this.operationsRegistered = false;
			for (Registration<?> registration : this.registrations) {
				registration.remove();
			}
			this.registrations.clear();
			this.waiting.forEach(Signal.Waiting::close); // a registry that outlives the context lets the bridge go
			this.waiting.clear();
		}
		this.sessions.clear();
		this.recent = null;
	}

	private <T> void prepend(EventListenerRegistry registry, EventType<T> type, T listener) {
		EventListenerGroup<T> group = registry.getEventListenerGroup(type);
		group.prependListener(listener);
		this.registrations.add(new Registration<>(group, listener));
	}

	private <T> void append(EventListenerRegistry registry, EventType<T> type, T listener) {
		EventListenerGroup<T> group = registry.getEventListenerGroup(type);
		group.appendListener(listener);
		this.registrations.add(new Registration<>(group, listener));
	}

	/** @return how many open sessions have model-signal state, for inspection */
	int openSessions() {
		return this.sessions.size();
	}

	/** @return the listeners this bridge has registered, for inspection */
	List<Object> registeredListeners() {
		synchronized (this.registrations) {
			return this.registrations.stream().<Object>map(Registration::listener).toList();
		}
	}

	/** @return the event types this bridge listens to now, for inspection */
	Set<EventType<?>> registeredEventTypes() {
		synchronized (this.registrations) {
			return this.registrations.stream()
				.<EventType<?>>map((registration) -> registration.group().getEventType())
				.collect(Collectors.toSet());
		}
	}

	private record Registration<T>(EventListenerGroup<T> group, T listener) {

		void remove() {
			List<T> others = new ArrayList<>();
			for (T candidate : this.group.listeners()) {
				if (candidate != this.listener) {
					others.add(candidate);
				}
			}
			this.group.clearListeners();
			others.forEach(this.group::appendListener);
		}

	}

	/** Follows the session's flushes, transactions and end, also where they fail. */
	private final class SessionHooks implements SessionEventListener {

		private static final long serialVersionUID = 1L;

		private final transient EventSource session;

		private final transient SessionSignals state;

		SessionHooks(EventSource session, SessionSignals state) {
			this.session = session;
			this.state = state;
		}

		@Override
		public void flushStart() {
			this.state.hibernateFlushing(true);
		}

		@Override
		public void flushEnd(int numberOfEntities, int numberOfCollections) {
			this.state.hibernateFlushing(false);
		}

		@Override
		public void partialFlushStart() {
			this.state.hibernateFlushing(true);
		}

		@Override
		public void partialFlushEnd(int numberOfEntities, int numberOfCollections) {
			this.state.hibernateFlushing(false);
		}

		@Override
		public void transactionCompletion(boolean successful) {
			this.state.transactionCompleted();
		}

		@Override
		public void end() {
			ModelSignalBridge.this.sessions.remove(this.session);
			if (ModelSignalBridge.this.recent == this.state) {
				ModelSignalBridge.this.recent = null;
			}
		}

	}

}
