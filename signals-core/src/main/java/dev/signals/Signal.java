package dev.signals;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import dev.signals.internal.Connections;
import dev.signals.internal.SendKind;
import org.jspecify.annotations.Nullable;

/**
 * A named signal, Django's {@code Signal}: receivers connect to it, for any sender or for one,
 * and each send calls the matching receivers one at a time in connection order.
 *
 * <p>A signal declares the names of the arguments it sends, and may declare their types; sending
 * another name, or a value of another type, is an error where the arguments are built.
 * Connections are kept in an immutable table replaced on every change, so sends take no lock, see
 * a consistent snapshot, and never call a receiver whose disconnect returned before they began.
 *
 * <pre>{@code
 * Signal shipped = Signal.of("order_shipped", arg("order", Order.class));
 * shipped.connect((event) -> notify(event.get("order")), Connect.sender(OrderService.class));
 * shipped.send(OrderService.class, shipped.arguments("order", order));
 * }</pre>
 */
public final class Signal {

	private final String name;

	final Declaration declaration;

	private final Arguments noArguments;

	private final Connections connections = new Connections();

	private Signal(String name, Declaration declaration) {
		this.name = name;
		this.declaration = declaration;
		this.noArguments = Arguments.none(this);
	}

	/**
	 * Creates a signal whose arguments take values of any type.
	 * @param name the signal's name, for example {@code "order_shipped"}
	 * @param argumentNames the names of the arguments it sends, at most 64 Java identifiers other
	 * than {@code sender} and {@code signal}
	 * @return a new signal without receivers
	 */
	public static Signal of(String name, String... argumentNames) {
		if (argumentNames == null) {
			throw new IllegalArgumentException("The argument names of signal '" + name
					+ "' must not be null; pass none for a signal without arguments");
		}
		Argument[] arguments = new Argument[argumentNames.length];
		for (int i = 0; i < arguments.length; i++) {
			arguments[i] = new Argument(argumentNames[i], Object.class);
		}
		return declare(name, arguments);
	}

	/**
	 * Creates a signal whose arguments have declared types, so that a value of another type fails
	 * where the arguments are built:
	 * {@code Signal.of("order_shipped", arg("order", Order.class), arg("express", boolean.class))}.
	 * @param name the signal's name, for example {@code "order_shipped"}
	 * @param first the first argument it sends
	 * @param more the others, at most 64 in all, named by Java identifiers other than
	 * {@code sender} and {@code signal}
	 * @return a new signal without receivers
	 */
	public static Signal of(String name, Argument first, Argument... more) {
		if (first == null || more == null) {
			throw new IllegalArgumentException("The arguments of signal '" + name + "' must not be null");
		}
		Argument[] arguments = new Argument[more.length + 1];
		arguments[0] = first;
		System.arraycopy(more, 0, arguments, 1, more.length);
		return declare(name, arguments);
	}

	/**
	 * Declares an argument and the type of its values, for {@link #of(String, Argument, Argument...)}.
	 * @param name the argument's name
	 * @param type the type of its values ({@code Object.class} for any); a primitive type stands
	 * for its wrapper
	 * @return the declaration
	 */
	public static Argument arg(String name, Class<?> type) {
		return new Argument(name, type);
	}

	private static Signal declare(String name, Argument[] arguments) {
		return new Signal(name, Declaration.of(name, arguments));
	}

	/** @return the signal's name */
	public String name() {
		return this.name;
	}

	/** @return the names of the arguments the signal sends, in declaration order */
	public List<String> argumentNames() {
		return this.declaration.names;
	}

	/**
	 * The type a declared argument's values have.
	 * @param argumentName the argument name
	 * @return its declared type, a primitive one as its wrapper; {@code Object} when the signal
	 * declares the name alone
	 * @throws IllegalArgumentException naming the signal and the argument when it is not declared
	 */
	public Class<?> argumentType(String argumentName) {
		return this.declaration.type(indexOf(argumentName));
	}

	/**
	 * The position of a declared argument, for {@link Arguments#get(int)}.
	 * @param argumentName the argument name
	 * @return its position in {@link #argumentNames()}
	 * @throws IllegalArgumentException naming the signal and the argument when it is not declared
	 */
	public int indexOf(@Nullable String argumentName) {
		return this.declaration.indexOf(argumentName);
	}

	/**
	 * Builds checked arguments for sending.
	 * @param namesAndValues alternating declared names and values
	 * @return the arguments
	 * @throws IllegalArgumentException naming the signal and the argument when one is not declared, or a value is not
	 * of its declared type
	 */
	public Arguments arguments(@Nullable Object... namesAndValues) {
		return (namesAndValues.length == 0) ? this.noArguments : Arguments.of(this, namesAndValues);
	}

	/**
	 * Builds arguments from one value for each declared argument, in declaration order, all of
	 * them given: the cheapest way to build arguments, for senders on a hot path. The array is
	 * kept, not copied, so a caller passing an array of its own must not change it afterwards.
	 * @param values the values, as many as {@link #argumentNames()} and in that order
	 * @return the arguments
	 * @throws IllegalArgumentException naming the signal and its arguments when the count differs, or naming
	 * the argument when a value is not of its declared type
	 */
	public Arguments argumentsInOrder(@Nullable Object... values) {
		return Arguments.inOrder(this, values);
	}

	/**
	 * Builds checked arguments for sending.
	 * @param arguments values by declared name
	 * @return the arguments
	 * @throws IllegalArgumentException naming the signal and the argument when one is not declared, or a value is not
	 * of its declared type
	 */
	public Arguments arguments(Map<String, ?> arguments) {
		return Arguments.of(this, arguments);
	}

	/**
	 * Connects a receiver for any sender, held strongly. What it returns is its response.
	 * @param receiver the receiver
	 * @return the handle of the connection
	 */
	public Connection connect(SignalReceiver receiver) {
		return connect(receiver, Connect.anySender());
	}

	/**
	 * Connects a receiver; what it returns is its response. When the key (dispatch uid or
	 * receiver, plus sender) is already connected, nothing changes: the first connection wins.
	 * @param receiver the receiver
	 * @param options the sender, dispatch uid and how to hold the receiver
	 * @return the handle of the connection
	 */
	public Connection connect(SignalReceiver receiver, Connect options) {
		Objects.requireNonNull(receiver, () -> "Cannot connect a null receiver to signal '" + this.name + "'");
		Objects.requireNonNull(options, "Connect options must not be null; use Connect.anySender()");
		return this.connections.connect(receiver, options);
	}

	/**
	 * Runs an action once this signal has had a receiver connected: at once if it has had one,
	 * else on the thread that connects the first, after that connection took effect and before
	 * {@code connect} returns. For machinery that only a signal with receivers needs, such as the
	 * listeners a bridge registers with the framework it hears; the action is kept until then.
	 * The actions waiting for the first connection run in the order they were given; the first
	 * exception one throws reaches the caller of {@code connect} once all have run, and the
	 * connection stays made.
	 * @param action the action, run once
	 * @return the handle whose close drops the action if it has not run yet, so that the signal
	 * no longer holds it
	 */
	public Waiting whenConnected(Runnable action) {
		Objects.requireNonNull(action, () -> "Cannot wait for a connection of signal '" + this.name
				+ "' with a null action");
		return this.connections.whenConnected(action);
	}

	/**
	 * Disconnects what {@link #connect(SignalReceiver, Connect)} connected with these options: the
	 * connection with their dispatch uid if they have one, else the receiver's, for their sender.
	 * @param receiver the receiver, used when the options have no dispatch uid
	 * @param options the options it was connected with
	 * @return whether a connection was removed
	 */
	public boolean disconnect(SignalReceiver receiver, Connect options) {
		Objects.requireNonNull(options, "Connect options must not be null; use Connect.anySender()");
		String uid = options.dispatchUid();
		return (uid != null) ? disconnectUid(uid, options.sender()) : disconnect(receiver, options.sender());
	}

	/**
	 * Disconnects a receiver that was connected for any sender without a dispatch uid.
	 * @param receiver the receiver
	 * @return whether a connection was removed
	 */
	public boolean disconnect(Object receiver) {
		return disconnect(receiver, null);
	}

	/**
	 * Disconnects a receiver connected for exactly this sender without a dispatch uid.
	 * @param receiver the receiver
	 * @param sender the sender it was connected for, {@code null} for any sender
	 * @return whether a connection was removed
	 */
	public boolean disconnect(Object receiver, @Nullable Object sender) {
		Objects.requireNonNull(receiver, "receiver must not be null; use disconnectUid for uid connections");
		return this.connections.disconnect(receiver, null, sender);
	}

	/**
	 * Disconnects the connection with this dispatch uid for any sender.
	 * @param dispatchUid the uid
	 * @return whether a connection was removed
	 */
	public boolean disconnectUid(String dispatchUid) {
		return disconnectUid(dispatchUid, null);
	}

	/**
	 * Disconnects the connection with this dispatch uid and sender.
	 * @param dispatchUid the uid
	 * @param sender the sender it was connected for, {@code null} for any sender
	 * @return whether a connection was removed
	 */
	public boolean disconnectUid(String dispatchUid, @Nullable Object sender) {
		Objects.requireNonNull(dispatchUid, "dispatchUid must not be null");
		return this.connections.disconnect(null, dispatchUid, sender);
	}

	/**
	 * Whether a send by this sender would call a receiver: one for any sender or for exactly
	 * this sender (or, with the opt-in, a superclass of it). False while the signal is muted.
	 * @param sender the sender, {@code null} for receivers of any sender only
	 * @return whether a live receiver matches
	 */
	public boolean hasListeners(@Nullable Object sender) {
		return this.connections.hasListeners(sender);
	}

	/** @return whether any live receiver is connected, for any sender, and the signal is not muted */
	public boolean hasReceivers() {
		return this.connections.hasReceivers();
	}

	/**
	 * Sends the signal without arguments.
	 * @param sender the sender, or {@code null}
	 * @return the responses in connection order
	 * @see #send(Object, Arguments)
	 */
	public List<Response> send(@Nullable Object sender) {
		return send(sender, this.noArguments);
	}

	/**
	 * Sends the signal, Django's {@code send}: calls each matching receiver in connection order.
	 * A receiver that returns a {@link java.util.concurrent.CompletionStage} is run to completion
	 * before the next one is called, as Django runs async receivers: the send waits for the stage
	 * on this thread, without a time limit (give the stage one, {@code orTimeout}, if it may
	 * hang), and its result is the response. An interrupt while waiting fails that receiver with
	 * an {@link InterruptedException}, and the thread's interrupt flag stays set.
	 * The first exception, thrown or completing a stage, stops the send: an unchecked one
	 * propagates unchanged, a checked one wrapped in a {@link SignalException}. With no matching
	 * receiver it allocates nothing.
	 * @param sender the sender, or {@code null}
	 * @param arguments arguments built by {@link #arguments(Object...)} of this signal
	 * @return the responses in connection order
	 */
	public List<Response> send(@Nullable Object sender, Arguments arguments) {
		return send(sender, arguments, SendKind.SEND);
	}

	/**
	 * Sends the signal with arguments given by name.
	 * @param sender the sender, or {@code null}
	 * @param arguments values by declared name
	 * @return the responses in connection order
	 * @throws IllegalArgumentException naming the signal and the argument when one is not declared
	 */
	public List<Response> send(@Nullable Object sender, Map<String, ?> arguments) {
		return send(sender, arguments(arguments));
	}

	/**
	 * Sends the signal, Django's {@code send_robust}: every receiver runs, a returned
	 * {@link java.util.concurrent.CompletionStage} to completion as in {@link #send(Object, Arguments)};
	 * an {@link Exception} (thrown, or completing the stage) is logged at ERROR naming the signal
	 * and the receiver and becomes that receiver's {@linkplain Response#error() response}. An
	 * {@link Error} still propagates.
	 * @param sender the sender, or {@code null}
	 * @param arguments arguments built by {@link #arguments(Object...)} of this signal
	 * @return the responses in connection order
	 */
	public List<Response> sendRobust(@Nullable Object sender, Arguments arguments) {
		return send(sender, arguments, SendKind.SEND_ROBUST);
	}

	/**
	 * Sends the signal robustly without arguments.
	 * @param sender the sender, or {@code null}
	 * @return the responses in connection order
	 * @see #sendRobust(Object, Arguments)
	 */
	public List<Response> sendRobust(@Nullable Object sender) {
		return sendRobust(sender, this.noArguments);
	}

	/**
	 * Sends the signal robustly with arguments given by name.
	 * @param sender the sender, or {@code null}
	 * @param arguments values by declared name
	 * @return the responses in connection order
	 */
	public List<Response> sendRobust(@Nullable Object sender, Map<String, ?> arguments) {
		return sendRobust(sender, arguments(arguments));
	}

	/**
	 * Sends the signal on an executor, Django's {@code asend}: the receivers matching now are
	 * called there in connection order, one task for all; a response that is a
	 * {@link java.util.concurrent.CompletionStage} is awaited without blocking the executor, and
	 * its result takes its place.
	 * @param sender the sender, or {@code null}
	 * @param arguments arguments of this signal
	 * @param executor where the receivers run
	 * @return the responses, or the first failure
	 */
	public CompletableFuture<List<Response>> sendAsync(@Nullable Object sender, Arguments arguments,
			Executor executor) {
		return sendAsync(sender, arguments, SendKind.SEND_ASYNC, executor);
	}

	/**
	 * Sends the signal without arguments on an executor.
	 * @param sender the sender, or {@code null}
	 * @param executor where the receivers run
	 * @return the responses, or the first failure
	 * @see #sendAsync(Object, Arguments, Executor)
	 */
	public CompletableFuture<List<Response>> sendAsync(@Nullable Object sender, Executor executor) {
		return sendAsync(sender, this.noArguments, executor);
	}

	/**
	 * Sends the signal on an executor with arguments given by name.
	 * @param sender the sender, or {@code null}
	 * @param arguments values by declared name
	 * @param executor where the receivers run
	 * @return the responses, or the first failure
	 * @throws IllegalArgumentException naming the signal and the argument when one is not declared
	 * @see #sendAsync(Object, Arguments, Executor)
	 */
	public CompletableFuture<List<Response>> sendAsync(@Nullable Object sender, Map<String, ?> arguments,
			Executor executor) {
		return sendAsync(sender, arguments(arguments), executor);
	}

	/**
	 * Sends the signal robustly on an executor, Django's {@code asend_robust}.
	 * @param sender the sender, or {@code null}
	 * @param arguments arguments of this signal
	 * @param executor where the receivers run
	 * @return the responses, failures recorded in place
	 */
	public CompletableFuture<List<Response>> sendRobustAsync(@Nullable Object sender, Arguments arguments,
			Executor executor) {
		return sendAsync(sender, arguments, SendKind.SEND_ROBUST_ASYNC, executor);
	}

	/**
	 * Sends the signal robustly without arguments on an executor.
	 * @param sender the sender, or {@code null}
	 * @param executor where the receivers run
	 * @return the responses, failures recorded in place
	 * @see #sendRobustAsync(Object, Arguments, Executor)
	 */
	public CompletableFuture<List<Response>> sendRobustAsync(@Nullable Object sender, Executor executor) {
		return sendRobustAsync(sender, this.noArguments, executor);
	}

	/**
	 * Sends the signal robustly on an executor with arguments given by name.
	 * @param sender the sender, or {@code null}
	 * @param arguments values by declared name
	 * @param executor where the receivers run
	 * @return the responses, failures recorded in place
	 * @throws IllegalArgumentException naming the signal and the argument when one is not declared
	 * @see #sendRobustAsync(Object, Arguments, Executor)
	 */
	public CompletableFuture<List<Response>> sendRobustAsync(@Nullable Object sender, Map<String, ?> arguments,
			Executor executor) {
		return sendRobustAsync(sender, arguments(arguments), executor);
	}

	private List<Response> send(@Nullable Object sender, Arguments arguments, SendKind kind) {
		checkOwn(arguments);
		return this.connections.send(this, sender, arguments, kind);
	}

	private CompletableFuture<List<Response>> sendAsync(@Nullable Object sender, Arguments arguments, SendKind kind,
			Executor executor) {
		checkOwn(arguments);
		checkExecutor(executor);
		return this.connections.sendAsync(this, sender, arguments, kind, executor);
	}

	private void checkOwn(Arguments arguments) {
		if (arguments == null) {
			throw new NullPointerException("arguments must not be null; use send(sender) to send none");
		}
		if (arguments.signal() != this) {
			throw new IllegalArgumentException("Arguments built for signal '" + arguments.signal().name()
					+ "' cannot be sent by signal '" + this.name + "'; build them with " + this.name
					+ ".arguments(...)");
		}
	}

	private void checkExecutor(Executor executor) {
		if (executor == null) {
			throw new NullPointerException("executor must not be null; pass the Executor the receivers of signal '"
					+ this.name + "' should run on");
		}
	}

	/**
	 * Mutes the signal until the returned handle is closed: sends call nobody, as factory_boy's
	 * {@code mute_signals}. Mutes nest and apply to every thread.
	 * @return the handle that lifts this mute
	 */
	public Muting mute() {
		return this.connections.mute();
	}

	/**
	 * Installs an observer that hears every later send of this signal that calls a receiver,
	 * until the returned handle is closed. Observers are kept with the receivers, so a send sees
	 * the observers installed when it began; with none installed, sends do no observation work.
	 * @param observer the observer
	 * @return the handle that removes it
	 */
	public Observing addObserver(SignalObserver observer) {
		Objects.requireNonNull(observer, () -> "Cannot add a null observer to signal '" + this.name + "'");
		return this.connections.addObserver(observer);
	}

	/**
	 * Tells this signal's observers that a receiver failed after its send returned, for code
	 * that defers receivers (to a transaction phase or another thread) and handles their failures
	 * itself. Logs nothing.
	 * @param event the event of the send the receiver was called for
	 * @param receiver the receiver, as connected
	 * @param failure what it threw
	 * @throws IllegalArgumentException when the event is of another signal
	 */
	public void reportLateFailure(SignalEvent event, Object receiver, Throwable failure) {
		Objects.requireNonNull(event, "event must not be null");
		Objects.requireNonNull(receiver, "receiver must not be null");
		Objects.requireNonNull(failure, "failure must not be null");
		if (event.signal() != this) {
			throw new IllegalArgumentException("The event of signal '" + event.signal().name()
					+ "' cannot report a failure to signal '" + this.name + "'; report it to its own signal");
		}
		this.connections.reportLateFailure(event, receiver, failure);
	}

	/** @return whether a mute is in force */
	public boolean isMuted() {
		return this.connections.isMuted();
	}

	/** @return the live receivers in connection order */
	public List<ReceiverInfo> receivers() {
		return this.connections.receivers();
	}

	@Override
	public String toString() {
		return "Signal[" + this.name + this.declaration.names + "]";
	}

	/** The handle of an {@linkplain #addObserver(SignalObserver) observer}; closing it removes the observer. */
	public interface Observing extends AutoCloseable {

		@Override
		void close();

	}

	/** The handle of an action waiting for a connection; closing it drops the action if it has not run. */
	public interface Waiting extends AutoCloseable {

		@Override
		void close();

	}

	/** The handle of a mute; closing it lifts the mute. */
	public interface Muting extends AutoCloseable {

		@Override
		void close();

	}

}
