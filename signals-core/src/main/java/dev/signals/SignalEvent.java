package dev.signals;

import java.lang.invoke.MethodType;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One send of a signal as a receiver sees it: the signal, the sender and the named arguments,
 * Django's {@code receiver(signal=..., sender=..., **kwargs)}.
 */
public final class SignalEvent {

	private final Signal signal;

	private final @Nullable Object sender;

	private final Arguments arguments;

	SignalEvent(Signal signal, @Nullable Object sender, Arguments arguments) {
		this.signal = signal;
		this.sender = sender;
		this.arguments = arguments;
	}

	/**
	 * Recreates the event of a send that happened earlier, for a receiver called later than the
	 * send, such as one whose call was stored and is delivered now.
	 * @param signal the signal
	 * @param sender the sender, or {@code null}
	 * @param arguments arguments built by this signal
	 * @return the event
	 * @throws IllegalArgumentException when the arguments were built by another signal
	 */
	public static SignalEvent of(Signal signal, @Nullable Object sender, Arguments arguments) {
		if (arguments.signal() != signal) {
			throw new IllegalArgumentException("Arguments of signal '" + arguments.signal().name()
					+ "' cannot make an event of signal '" + signal.name() + "'");
		}
		return new SignalEvent(signal, sender, arguments);
	}

	/** @return the signal being sent */
	public Signal signal() {
		return this.signal;
	}

	/** @return the sender, {@code null} when the send named none */
	public @Nullable Object sender() {
		return this.sender;
	}

	/** @return the arguments of this send */
	public Arguments arguments() {
		return this.arguments;
	}

	/**
	 * The value of a declared argument.
	 * @param name the argument name, for example {@code "instance"}
	 * @return the value, or {@code null} when it was not given
	 * @throws IllegalArgumentException when the signal does not declare the name
	 */
	public @Nullable Object get(String name) {
		return this.arguments.get(name);
	}

	/**
	 * The value of a declared argument, cast to a type.
	 * @param <T> the expected type
	 * @param name the argument name
	 * @param type the expected type
	 * @return the value, or {@code null} when it was not given
	 * @throws ClassCastException naming the argument and both types when the value is not of that type
	 */
	@SuppressWarnings("unchecked")
	public <T> @Nullable T get(String name, Class<T> type) {
		Object value = get(name);
		Class<?> boxed = type.isPrimitive() ? MethodType.methodType(type).wrap().returnType() : type;
		if (value != null && !boxed.isInstance(value)) {
			throw new ClassCastException("Argument '" + name + "' of signal '" + this.signal.name() + "' is a "
					+ value.getClass().getName() + ", not a " + type.getName());
		}
		return (T) value;
	}

	/** @return the given arguments by name */
	public Map<String, @Nullable Object> argumentMap() {
		return this.arguments.asMap();
	}

	@Override
	public String toString() {
		return "SignalEvent[signal=" + this.signal.name() + ", sender=" + this.sender + ", arguments=" + this.arguments
				+ "]";
	}

}
