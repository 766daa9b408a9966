package dev.signals.internal;

import java.lang.ref.ReferenceQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import dev.signals.Arguments;
import dev.signals.Connect;
import dev.signals.Connection;
import dev.signals.ReceiverInfo;
import dev.signals.Response;
import dev.signals.Signal;
import dev.signals.SignalEvent;
import dev.signals.SignalObserver;
import dev.signals.SignalReceiver;
import org.jspecify.annotations.Nullable;

/**
 * The receivers, mutes and observers of one signal, and its sends. Changes take a lock and
 * replace the immutable {@link State} as a whole; sends read the current state without a lock, so
 * they see a consistent snapshot and no receiver whose disconnect returned before they began.
 * Arguments are checked by the {@link Signal}, which owns one instance of this class.
 */
public final class Connections {

	private final ReferenceQueue<Object> collected = new ReferenceQueue<>();

	/** Guards changes; sends never take it, and no receiver is called while it is held. */
	private final Object lock = new Object();

	private long nextOrder;

	private volatile State state = State.EMPTY;

	/** The actions waiting for the first connection; {@code null} once it was made. Under the lock. */
	private @Nullable List<Runnable> untilConnected = new ArrayList<>();

	/** Creates the connections of a new signal: none. */
	public Connections() {
	}

	/**
	 * Connects a receiver unless its key (dispatch uid or receiver, plus sender) is connected.
	 * @param receiver the receiver
	 * @param options the sender, dispatch uid and how to hold the receiver
	 * @return the handle of the connection, one that added nothing when the key was connected
	 */
	public Connection connect(SignalReceiver receiver, Connect options) {
		List<Runnable> firstConnection;
		Entry entry;
		synchronized (this.lock) {
			State current = purged();
			for (Entry connected : current.entries()) {
				if (connected.hasKey(receiver, options.dispatchUid(), options.sender())) {
					this.state = current;
					return new Handle(null);
				}
			}
			entry = new Entry(this.nextOrder++, receiver, options, this.collected);
			List<Entry> entries = new ArrayList<>(current.entries());
			entries.add(entry);
			this.state = current.withEntries(entries);
			firstConnection = this.untilConnected;
			this.untilConnected = null;
			if (firstConnection != null) {
				// copied and emptied: the waiting handles hold the emptied list, not the actions
				List<Runnable> taken = List.copyOf(firstConnection);
				firstConnection.clear();
				firstConnection = taken;
			}
		}
		if (firstConnection != null) {
			runAll(firstConnection); // outside the lock: an action may connect too
		}
		return new Handle(entry);
	}

	/** Runs every action, then throws the first failure, with the later ones suppressed. */
	private static void runAll(List<Runnable> actions) {
		RuntimeException failure = null;
		for (Runnable action : actions) {
			try {
				action.run();
			}
			catch (RuntimeException ex) {
				if (failure == null) {
					failure = ex;
				}
				else {
					failure.addSuppressed(ex);
				}
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

	/**
	 * Runs an action once the signal has had a connection: now if it had one, else on the thread
	 * that connects the first receiver, before that connect returns.
	 * @param action the action
	 * @return the handle that drops the action if it is still waiting
	 */
	public Signal.Waiting whenConnected(Runnable action) {
		synchronized (this.lock) {
			List<Runnable> waiting = this.untilConnected;
			if (waiting != null) {
				waiting.add(action);
				return () -> {
					synchronized (this.lock) {
						waiting.remove(action);
					}
				};
			}
		}
		action.run();
		return () -> {
		};
	}

	/**
	 * Disconnects the connection with a key.
	 * @param receiver the receiver, used when {@code uid} is {@code null}
	 * @param uid the dispatch uid, or {@code null}
	 * @param sender the sender, or {@code null} for any sender
	 * @return whether a connection was removed
	 */
	public boolean disconnect(@Nullable Object receiver, @Nullable String uid, @Nullable Object sender) {
		return remove((entry) -> entry.hasKey(receiver, uid, sender));
	}

	private boolean remove(Predicate<Entry> match) {
		synchronized (this.lock) {
			State current = purged();
			List<Entry> entries = new ArrayList<>(current.entries());
			boolean removed = entries.removeIf(match);
			this.state = removed ? current.withEntries(entries) : current;
			return removed;
		}
	}

	/** The current state without the entries whose receiver or sender was collected; under the lock. */
	private State purged() {
		boolean any = false;
		while (this.collected.poll() != null) {
			any = true;
		}
		State current = this.state;
		return any ? current.withEntries(current.entries()) : current;
	}

	private void change(UnaryOperator<State> change) {
		synchronized (this.lock) {
			this.state = change.apply(purged());
		}
	}

	/**
	 * Sends to the receivers matching the sender now.
	 * @param signal the signal sending, which checked the arguments
	 * @param sender the sender, or {@code null}
	 * @param arguments the arguments
	 * @param kind a synchronous kind
	 * @return the responses in connection order; with no matching receiver an empty list, allocating nothing
	 */
	public List<Response> send(Signal signal, @Nullable Object sender, Arguments arguments, SendKind kind) {
		Route route = this.state.route(sender);
		return route.isEmpty() ? List.of() : Dispatch.call(route, SignalEvent.of(signal, sender, arguments), kind);
	}

	/**
	 * Sends on an executor to the receivers matching the sender now.
	 * @param signal the signal sending, which checked the arguments
	 * @param sender the sender, or {@code null}
	 * @param arguments the arguments
	 * @param kind an asynchronous kind
	 * @param executor where the receivers run
	 * @return the responses in connection order, or the failure that stopped the send
	 */
	public CompletableFuture<List<Response>> sendAsync(Signal signal, @Nullable Object sender, Arguments arguments,
			SendKind kind, Executor executor) {
		Route route = this.state.route(sender);
		return route.isEmpty() ? CompletableFuture.completedFuture(List.of())
				: AsyncDispatch.call(route, SignalEvent.of(signal, sender, arguments), kind, executor);
	}

	/**
	 * @param sender the sender, or {@code null}
	 * @return whether a send by this sender would call a live receiver
	 */
	public boolean hasListeners(@Nullable Object sender) {
		return this.state.route(sender).hasLiveReceiver();
	}

	/** @return whether any live receiver is connected and no mute is in force */
	public boolean hasReceivers() {
		State current = this.state;
		if (current.muted() > 0) {
			return false;
		}
		List<Entry> entries = current.entries();
		for (int i = 0; i < entries.size(); i++) {
			if (entries.get(i).isLive()) {
				return true;
			}
		}
		return false;
	}

	/** @return whether a mute is in force */
	public boolean isMuted() {
		return this.state.muted() > 0;
	}

	/** @return the live receivers in connection order */
	public List<ReceiverInfo> receivers() {
		return this.state.entries().stream().filter(Entry::isLive).map(Entry::info).toList();
	}

	/**
	 * Mutes sends until the returned handle is closed; mutes nest.
	 * @return the handle that lifts this mute
	 */
	public Signal.Muting mute() {
		change((current) -> current.withMuted(1));
		return new Once(() -> change((current) -> current.withMuted(-1)));
	}

	/**
	 * Adds an observer of later sends until the returned handle is closed.
	 * @param observer the observer
	 * @return the handle that removes it
	 */
	public Signal.Observing addObserver(SignalObserver observer) {
		change((current) -> current.withObservers(Observers.with(current.observers(), observer)));
		return new Once(() -> change((current) -> current.withObservers(Observers.without(current.observers(),
				observer))));
	}

	/**
	 * Tells the observers that a receiver failed after its send returned.
	 * @param event the event of the send, of this signal
	 * @param receiver the receiver
	 * @param failure what it threw
	 */
	public void reportLateFailure(SignalEvent event, Object receiver, Throwable failure) {
		Observers observers = this.state.observers();
		if (observers != null) {
			observers.lateFailure(event, receiver, failure);
		}
	}

	/** A handle whose first close runs its action; later closes do nothing. */
	private final class Once implements Signal.Muting, Signal.Observing {

		private final Runnable action;

		private boolean done;

		Once(Runnable action) {
			this.action = action;
		}

		@Override
		public void close() {
			synchronized (Connections.this.lock) {
				if (!this.done) {
					this.done = true;
					this.action.run();
				}
			}
		}

	}

	private final class Handle implements Connection {

		private final @Nullable Entry entry;

		Handle(@Nullable Entry entry) {
			this.entry = entry;
		}

		@Override
		public boolean added() {
			return this.entry != null;
		}

		@Override
		public boolean isConnected() {
			Entry entry = this.entry;
			return entry != null && Connections.this.state.entries().contains(entry) && entry.isLive();
		}

		@Override
		public boolean disconnect() {
			Entry entry = this.entry;
			return entry != null && remove((candidate) -> candidate == entry);
		}

	}

}
