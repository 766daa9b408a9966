package dev.signals.spring;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;

import dev.signals.Signal;
import dev.signals.SignalEvent;
import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;

/**
 * Where each parameter of a receiver method takes its value from, resolved once at startup: an
 * argument slot of the signal, the sender, the signal, or the whole event. Binding checks each
 * value against the parameter type so that a mismatch fails with a message rather than a bare
 * {@link ClassCastException}, and a missing value for a primitive parameter fails clearly.
 */
final class ParameterBinding {

	static final int SENDER = -1;

	static final int SIGNAL = -2;

	static final int EVENT = -3;

	private final int[] sources;

	private final Class<?>[] types;

	private final boolean[] primitive;

	private final String[] names;

	private ParameterBinding(int[] sources, Class<?>[] types, boolean[] primitive, String[] names) {
		this.sources = sources;
		this.types = types;
		this.primitive = primitive;
		this.names = names;
	}

	/**
	 * Resolves the parameters of a method against a signal.
	 * @param method the receiver method
	 * @param signal the signal it receives
	 * @param description {@code Class#method}, for errors
	 * @return the binding
	 * @throws ReceiverDeclarationException when a parameter has no name or names no argument
	 */
	static ParameterBinding resolve(Method method, Signal signal, String description) {
		Parameter[] parameters = method.getParameters();
		int[] sources = new int[parameters.length];
		Class<?>[] types = new Class<?>[parameters.length];
		boolean[] primitive = new boolean[parameters.length];
		String[] names = new String[parameters.length];
		for (int i = 0; i < parameters.length; i++) {
			Parameter parameter = parameters[i];
			Class<?> type = parameter.getType();
			types[i] = ClassUtils.resolvePrimitiveIfNecessary(type);
			primitive[i] = type.isPrimitive();
			if (type == SignalEvent.class) {
				sources[i] = EVENT;
				names[i] = parameter.getName();
				continue;
			}
			if (!parameter.isNamePresent()) {
				throw new ReceiverDeclarationException(description, "its parameter names are not in the class file "
						+ "(compiled without -parameters), so they cannot be bound to the arguments of signal '"
						+ signal.name() + "'. Compile with -parameters (maven-compiler-plugin <parameters>true</parameters>, "
						+ "Gradle options.compilerArgs << '-parameters'; Spring Boot's parent POM and plugin set it), "
						+ "or take a single SignalEvent parameter");
			}
			String name = parameter.getName();
			names[i] = name;
			sources[i] = switch (name) {
				case "sender" -> SENDER;
				case "signal" -> SIGNAL;
				default -> slot(signal, name, description);
			};
			if (sources[i] == SIGNAL && !type.isAssignableFrom(Signal.class)) {
				throw new ReceiverDeclarationException(description, "parameter 'signal' is a " + type.getName()
						+ ", but it receives the dev.signals.Signal being sent; declare it as Signal");
			}
		}
		return new ParameterBinding(sources, types, primitive, names);
	}

	private static int slot(Signal signal, String name, String description) {
		if (!signal.argumentNames().contains(name)) {
			List<String> available = new ArrayList<>(List.of("sender", "signal"));
			available.addAll(signal.argumentNames());
			throw new ReceiverDeclarationException(description, "parameter '" + name + "' is not an argument of signal '"
					+ signal.name() + "'. Its parameters can be " + available
					+ ", or a SignalEvent for the whole event; rename the parameter");
		}
		return signal.indexOf(name);
	}

	/** @return the number of parameters */
	int size() {
		return this.sources.length;
	}

	/**
	 * The type of the parameter bound to a source, if any.
	 * @param source an argument slot or {@link #SENDER}
	 * @return the parameter's (boxed) type, or {@code null} when no parameter takes that source
	 */
	@Nullable Class<?> typeOf(int source) {
		for (int i = 0; i < this.sources.length; i++) {
			if (this.sources[i] == source) {
				return this.types[i];
			}
		}
		return null;
	}

	/**
	 * Builds the arguments of one call.
	 * @param event the event
	 * @param receiver the receiver, for errors
	 * @return one value per parameter
	 * @throws IllegalArgumentException when a value is missing for a primitive or has the wrong type
	 */
	@Nullable Object[] bind(SignalEvent event, ReceiverMethod receiver) {
		int[] sources = this.sources;
		@Nullable Object[] args = new Object[sources.length];
		for (int i = 0; i < sources.length; i++) {
			int source = sources[i];
			Object value = (source >= 0) ? event.arguments().get(source)
					: (source == SENDER) ? event.sender() : (source == SIGNAL) ? event.signal() : event;
			if (value == null) {
				if (this.primitive[i]) {
					throw new IllegalArgumentException("Receiver " + receiver + " of signal '" + event.signal().name()
							+ "' needs a value for its primitive parameter '" + this.names[i]
							+ "', but the send gave none (sender " + event.sender() + "); declare the parameter as "
							+ this.types[i].getSimpleName() + " to accept null");
				}
			}
			else if (!this.types[i].isInstance(value)) {
				throw new IllegalArgumentException("Receiver " + receiver + " of signal '" + event.signal().name()
						+ "' cannot take '" + this.names[i] + "' = " + value.getClass().getName() + " (sender "
						+ event.sender() + ") in its parameter of type " + this.types[i].getName()
						+ "; widen the parameter type or restrict the receiver with @Receiver(sender = ...)");
			}
			args[i] = value;
		}
		return args;
	}

}
