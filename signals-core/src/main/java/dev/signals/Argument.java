package dev.signals;

import java.lang.invoke.MethodType;
import java.util.Objects;

/**
 * One argument a signal declares: its name and the type of its values, as
 * {@link Signal#arg(String, Class)} makes it. Building arguments with a value of another type
 * fails there, naming the signal and the argument, and the Spring Boot starter checks the
 * parameters of {@code @Receiver} methods against the type at startup. {@code Object} accepts
 * any value, as an argument declared by name alone.
 *
 * @param name the argument's name
 * @param type the type of its values; a primitive type is kept as its wrapper
 */
public record Argument(String name, Class<?> type) {

	/**
	 * Creates a declaration.
	 * @param name the argument's name
	 * @param type the type of its values
	 */
	public Argument {
		Objects.requireNonNull(type, () -> "The type of argument '" + name + "' must not be null; use Object.class "
				+ "for any value");
		if (type == void.class) {
			throw new IllegalArgumentException("Argument '" + name + "' cannot be of type void");
		}
		type = MethodType.methodType(type).wrap().returnType();
	}

	/** @return whether the argument takes values of any type */
	public boolean isUntyped() {
		return this.type == Object.class;
	}

}
