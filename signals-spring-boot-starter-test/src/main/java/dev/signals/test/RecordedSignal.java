package dev.signals.test;

import java.util.Map;
import java.util.Objects;

import dev.signals.Signal;
import org.jspecify.annotations.Nullable;

/**
 * One recorded send: the signal, the sender and the arguments the sender gave.
 *
 * @param signal the signal that was sent
 * @param sender the sender, {@code null} when the send named none
 * @param arguments the given arguments by name, in declaration order
 */
public record RecordedSignal(Signal signal, @Nullable Object sender, Map<String, @Nullable Object> arguments) {

	public RecordedSignal {
		Objects.requireNonNull(signal, "signal must not be null");
		Objects.requireNonNull(arguments, "arguments must not be null");
	}

	/** @return the signal's name */
	public String name() {
		return this.signal.name();
	}

	/**
	 * The value of a declared argument.
	 * @param argumentName the argument name
	 * @return the value, or {@code null} when the sender did not give it
	 * @throws IllegalArgumentException when the signal does not declare the name
	 */
	public @Nullable Object get(String argumentName) {
		this.signal.indexOf(argumentName);
		return this.arguments.get(argumentName);
	}

	/**
	 * The value of a declared argument, cast to a type.
	 * @param <T> the expected type
	 * @param argumentName the argument name
	 * @param type the expected type
	 * @return the value, or {@code null} when the sender did not give it
	 */
	public <T> @Nullable T get(String argumentName, Class<T> type) {
		return type.cast(get(argumentName));
	}

	@Override
	public String toString() {
		return name() + " from " + describe(this.sender) + " " + this.arguments;
	}

	static String describe(@Nullable Object sender) {
		if (sender == null) {
			return "no sender";
		}
		return (sender instanceof Class<?> type) ? type.getTypeName() + ".class" : String.valueOf(sender);
	}

}
