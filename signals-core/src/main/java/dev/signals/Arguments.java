package dev.signals;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The named arguments of one send, checked against the names (and the types) the signal declares
 * when they are built, so that sending them costs no further checks. Immutable (those built by
 * {@link Signal#argumentsInOrder(Object...)} share the caller's array, which must then stay as it
 * is); build once and send often.
 *
 * @see Signal#arguments(Object...)
 */
public final class Arguments {

	/** The most arguments a signal declares: one bit each in {@link #given}. */
	static final int MAX_ARGUMENTS = Long.SIZE;

	private final Signal signal;

	/** The values by declared position; {@code null} when given as {@code null} or not given. */
	private final @Nullable Object[] values;

	/** Bit {@code i} is set when the argument at position {@code i} was given. */
	private final long given;

	private Arguments(Signal signal, @Nullable Object[] values, long given) {
		this.signal = signal;
		this.values = values;
		this.given = given;
	}

	static Arguments none(Signal signal) {
		return new Arguments(signal, new Object[signal.argumentNames().size()], 0L);
	}

	static Arguments of(Signal signal, Map<String, ?> arguments) {
		Objects.requireNonNull(arguments, "arguments must not be null");
		@Nullable Object[] values = new Object[signal.argumentNames().size()];
		long given = 0L;
		for (Map.Entry<String, ?> argument : arguments.entrySet()) {
			int index = signal.indexOf(argument.getKey());
			signal.declaration.checkType(index, argument.getValue());
			values[index] = argument.getValue();
			given |= 1L << index;
		}
		return new Arguments(signal, values, given);
	}

	static Arguments inOrder(Signal signal, @Nullable Object[] values) {
		int declared = signal.argumentNames().size();
		if (values.length != declared) {
			throw new IllegalArgumentException("Signal '" + signal.name() + "' declares " + declared + " arguments "
					+ signal.argumentNames() + ", but " + values.length + " values were given in order");
		}
		if (signal.declaration.typed != 0L) {
			for (int i = 0; i < declared; i++) {
				signal.declaration.checkType(i, values[i]);
			}
		}
		return new Arguments(signal, values, (declared == MAX_ARGUMENTS) ? -1L : (1L << declared) - 1);
	}

	static Arguments of(Signal signal, @Nullable Object... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("Arguments of signal '" + signal.name()
					+ "' must be given as name, value pairs, but " + namesAndValues.length + " items were given");
		}
		@Nullable Object[] values = new Object[signal.argumentNames().size()];
		long given = 0L;
		List<String> declared = signal.argumentNames();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			if (!(namesAndValues[i] instanceof String name)) {
				throw new IllegalArgumentException("Argument name at position " + i + " for signal '" + signal.name()
						+ "' must be a String, but was " + namesAndValues[i]);
			}
			// names given in declared order (the same literal) need no lookup
			int position = i / 2;
			int index = (position < values.length && declared.get(position) == name) ? position
					: signal.indexOf(name);
			if ((given & (1L << index)) != 0) {
				throw new IllegalArgumentException(
						"Argument '" + name + "' of signal '" + signal.name() + "' is given twice");
			}
			signal.declaration.checkType(index, namesAndValues[i + 1]);
			values[index] = namesAndValues[i + 1];
			given |= 1L << index;
		}
		return new Arguments(signal, values, given);
	}

	/**
	 * The signal whose declared names these arguments were checked against.
	 * @return the signal
	 */
	public Signal signal() {
		return this.signal;
	}

	/**
	 * The value of a declared argument.
	 * @param name a declared argument name
	 * @return the value, or {@code null} when it was not given
	 * @throws IllegalArgumentException when the signal does not declare the name
	 */
	public @Nullable Object get(String name) {
		return get(this.signal.indexOf(name));
	}

	/**
	 * The value of the argument at a position of {@link Signal#argumentNames()}: the fast access
	 * for code that resolved the position once.
	 * @param index the argument's position
	 * @return the value, or {@code null} when it was not given
	 */
	public @Nullable Object get(int index) {
		return this.values[index];
	}

	/**
	 * Whether an argument was given, even as {@code null}.
	 * @param name a declared argument name
	 * @return whether the sender gave it
	 */
	public boolean contains(String name) {
		return (this.given & (1L << this.signal.indexOf(name))) != 0;
	}

	/**
	 * The given arguments by name, in declaration order.
	 * @return an unmodifiable map that may hold {@code null} values
	 */
	public Map<String, @Nullable Object> asMap() {
		Map<String, @Nullable Object> map = new LinkedHashMap<>();
		for (int i = 0; i < this.values.length; i++) {
			if ((this.given & (1L << i)) != 0) {
				map.put(this.signal.argumentNames().get(i), this.values[i]);
			}
		}
		return Collections.unmodifiableMap(map);
	}

	@Override
	public String toString() {
		return asMap().toString();
	}

}
