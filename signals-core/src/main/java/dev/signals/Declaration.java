package dev.signals;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The arguments one signal declares: their names, positions and types, checked once when the
 * signal is created, so that building arguments finds a name with one lookup and checks a value's
 * type only for the arguments that declare one.
 */
final class Declaration {

	private static final Set<String> RESERVED = Set.of("sender", "signal");

	private final String signalName;

	final List<String> names;

	/** The declared type of each argument, by position. */
	private final Class<?>[] types;

	/** Bit {@code i} is set when the argument at position {@code i} has a type other than {@code Object}. */
	final long typed;

	private final Map<String, Integer> indexes;

	private Declaration(String signalName, List<Argument> arguments) {
		this.signalName = signalName;
		this.names = arguments.stream().map(Argument::name).toList();
		this.types = arguments.stream().map(Argument::type).toArray(Class<?>[]::new);
		Map<String, Integer> indexes = new HashMap<>();
		long typed = 0L;
		for (int i = 0; i < arguments.size(); i++) {
			indexes.put(this.names.get(i), i);
			typed |= arguments.get(i).isUntyped() ? 0L : 1L << i;
		}
		this.typed = typed;
		this.indexes = Map.copyOf(indexes);
	}

	/**
	 * Checks a signal's name and arguments.
	 * @param signalName the signal's name
	 * @param arguments the arguments it declares
	 * @return the declaration
	 * @throws IllegalArgumentException saying what is wrong: a blank name, too many arguments, an
	 * argument name that is not a Java identifier, is reserved or is declared twice
	 */
	static Declaration of(String signalName, Argument[] arguments) {
		if (signalName == null || signalName.isBlank()) {
			throw new IllegalArgumentException("A signal name must not be null or blank");
		}
		if (arguments.length > Arguments.MAX_ARGUMENTS) {
			throw new IllegalArgumentException("Signal '" + signalName + "' declares " + arguments.length
					+ " arguments, but a signal declares at most " + Arguments.MAX_ARGUMENTS
					+ "; send related values together as one argument");
		}
		Set<String> seen = new HashSet<>();
		for (Argument declared : arguments) {
			if (declared == null) {
				throw new IllegalArgumentException("The arguments of signal '" + signalName + "' must not be null");
			}
			String argument = declared.name();
			if (argument == null || argument.isEmpty() || !Character.isJavaIdentifierStart(argument.charAt(0))
					|| !argument.chars().allMatch(Character::isJavaIdentifierPart)) {
				throw new IllegalArgumentException(
						"Argument name '" + argument + "' of signal '" + signalName + "' is not a Java identifier");
			}
			if (RESERVED.contains(argument)) {
				throw new IllegalArgumentException("Signal '" + signalName + "' must not declare argument '"
						+ argument + "': every receiver gets 'sender' and 'signal' already");
			}
			if (!seen.add(argument)) {
				throw new IllegalArgumentException(
						"Signal '" + signalName + "' declares argument '" + argument + "' twice");
			}
		}
		return new Declaration(signalName, List.of(arguments));
	}

	/**
	 * The position of a declared argument.
	 * @param argumentName the argument name
	 * @return its position in {@link #names}
	 * @throws IllegalArgumentException naming the signal and the argument when it is not declared
	 */
	int indexOf(@Nullable String argumentName) {
		Integer index = (argumentName != null) ? this.indexes.get(argumentName) : null;
		if (index == null) {
			throw new IllegalArgumentException("Signal '" + this.signalName + "' has no argument '" + argumentName
					+ "'; its arguments are " + this.names);
		}
		return index;
	}

	/**
	 * @param index an argument's position
	 * @return its declared type, {@code Object} for any
	 */
	Class<?> type(int index) {
		return this.types[index];
	}

	/**
	 * Checks a value for the argument at a position against its declared type.
	 * @param index the argument's position
	 * @param value the value, {@code null} always fits
	 * @throws IllegalArgumentException naming the signal, the argument and both types
	 */
	void checkType(int index, @Nullable Object value) {
		// a value of exactly the declared class (a Boolean, a String) needs no subtype check
		if (value != null && (this.typed & (1L << index)) != 0 && value.getClass() != this.types[index]
				&& !this.types[index].isInstance(value)) {
			throw new IllegalArgumentException("Argument '" + this.names.get(index) + "' of signal '"
					+ this.signalName + "' is declared as " + this.types[index].getName()
					+ ", but the value given is a " + value.getClass().getName());
		}
	}

}
