package dev.signals.spring;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.signals.Signal;
import dev.signals.SignalEvent;
import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;

/**
 * Where each parameter of a receiver method takes its value from, resolved once at startup: an
 * argument slot of the signal, the sender, the signal, or the whole event. Binding checks each
 * value against the parameter type so that a mismatch fails with a message rather than a bare
 * {@link ClassCastException}, and a missing value for a primitive parameter fails clearly. A
 * durable receiver may also take the {@code publicationId} of the stored call it is delivered from.
 */
final class ParameterBinding {

	static final int SENDER = -1;

	static final int SIGNAL = -2;

	static final int EVENT = -3;

	static final int PUBLICATION_ID = -4;

	static final String PUBLICATION_ID_NAME = "publicationId";

	private final Slot[] slots;

	private ParameterBinding(int[] sources, Class<?>[] types, boolean[] primitive, String[] names) {
		this.slots = new Slot[sources.length];
		for (int i = 0; i < sources.length; i++) {
			this.slots[i] = new Slot(sources[i], types[i], primitive[i], types[i] == Object.class, names[i]);
		}
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
		return resolve(method, signal, description, false);
	}

	/**
	 * Resolves the parameters of a method against a signal.
	 * @param method the receiver method
	 * @param signal the signal it receives
	 * @param description {@code Class#method}, for errors
	 * @param durable whether the receiver is durable, so may take a {@code publicationId}
	 * @return the binding
	 * @throws ReceiverDeclarationException when a parameter has no name or names no argument
	 */
	static ParameterBinding resolve(Method method, Signal signal, String description, boolean durable) {
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
				case PUBLICATION_ID_NAME -> durable ? publicationId(signal, type, description)
						: slot(signal, name, description);
				default -> slot(signal, name, description);
			};
			if (sources[i] == SIGNAL && !type.isAssignableFrom(Signal.class)) {
				throw new ReceiverDeclarationException(description, "parameter 'signal' is a " + type.getName()
						+ ", but it receives the dev.signals.Signal being sent; declare it as Signal");
			}
		}
		return new ParameterBinding(sources, types, primitive, names);
	}

	private static int publicationId(Signal signal, Class<?> type, String description) {
		if (signal.argumentNames().contains(PUBLICATION_ID_NAME)) {
			throw new ReceiverDeclarationException(description, "signal '" + signal.name() + "' declares an argument '"
					+ PUBLICATION_ID_NAME + "', which a durable receiver's parameter of that name cannot tell from "
					+ "the id of its publication; rename the signal's argument");
		}
		if (type != String.class && type != UUID.class && type != Object.class) {
			throw new ReceiverDeclarationException(description, "parameter '" + PUBLICATION_ID_NAME + "' is a "
					+ type.getName() + ", but the publication id is a UUID; declare it as UUID or String");
		}
		return PUBLICATION_ID;
	}

	private static int slot(Signal signal, String name, String description) {
		if (!signal.argumentNames().contains(name)) {
			List<String> available = new ArrayList<>(List.of("sender", "signal"));
			available.addAll(signal.argumentNames());
			throw new ReceiverDeclarationException(description, "parameter '" + name + "' is not an argument of signal '"
					+ signal.name() + "'. Its parameters can be " + available
					+ ", or a SignalEvent for the whole event"
					+ (PUBLICATION_ID_NAME.equals(name) ? " (a publicationId only for durable receivers)" : "")
					+ "; rename the parameter");
		}
		return signal.indexOf(name);
	}

	/** @return the number of parameters */
	int size() {
		return this.slots.length;
	}

	/**
	 * Builds the arguments of one call.
	 * @param event the event
	 * @param receiver the receiver, for errors
	 * @return one value per parameter
	 * @throws IllegalArgumentException when a value is missing for a primitive or has the wrong type
	 */
	@Nullable Object[] bind(SignalEvent event, ReceiverMethod receiver) {
		@Nullable Object[] args = new Object[this.slots.length];
		for (int i = 0; i < args.length; i++) {
			args[i] = value(i, event, receiver);
		}
		return args;
	}

	/**
	 * Builds the arguments of the delivery of a stored call.
	 * @param event the send, recreated from what was stored
	 * @param receiver the receiver, for errors
	 * @param publicationId the id of the stored call
	 * @return one value per parameter
	 * @throws IllegalArgumentException when a value is missing for a primitive or has the wrong type
	 */
	@Nullable Object[] bind(SignalEvent event, ReceiverMethod receiver, UUID publicationId) {
		@Nullable Object[] args = bind(event, receiver);
		for (int i = 0; i < args.length; i++) {
			if (this.slots[i].source() == PUBLICATION_ID) {
				args[i] = (this.slots[i].type() == String.class) ? publicationId.toString() : publicationId;
			}
		}
		return args;
	}

	/**
	 * Checks every value of a call, after the call failed with a {@link ClassCastException} or
	 * {@link NullPointerException}, to tell a value that does not fit from a failure of the method.
	 * @param event the event
	 * @param receiver the receiver, for errors
	 * @throws IllegalArgumentException when a value is missing for a primitive or has the wrong type
	 */
	void check(SignalEvent event, ReceiverMethod receiver) {
		bind(event, receiver);
	}

	/**
	 * The value of one parameter for a call, unchecked.
	 * @param index the parameter's position
	 * @param event the event
	 * @return the value, possibly of another type than the parameter's or {@code null}
	 */
	@Nullable Object raw(int index, SignalEvent event) {
		int source = this.slots[index].source();
		return (source >= 0) ? event.arguments().get(source) : (source == SENDER) ? event.sender()
				: (source == SIGNAL) ? event.signal() : (source == EVENT) ? event : null;
	}

	/**
	 * The value of one parameter for a call, checked against the parameter.
	 * @param index the parameter's position
	 * @param event the event
	 * @param receiver the receiver, for errors
	 * @return the value, of the parameter's (boxed) type
	 * @throws IllegalArgumentException when a value is missing for a primitive or has the wrong type
	 */
	@Nullable Object value(int index, SignalEvent event, ReceiverMethod receiver) {
		Slot slot = this.slots[index];
		Object value = raw(index, event);
		if ((value != null) ? !slot.accepts(value) : slot.primitive()) {
			throw mismatch(slot, value, event, receiver);
		}
		return value;
	}

	private static IllegalArgumentException mismatch(Slot slot, @Nullable Object value, SignalEvent event,
			ReceiverMethod receiver) {
		if (value == null) {
			return new IllegalArgumentException("Receiver " + receiver + " of signal '" + event.signal().name()
					+ "' needs a value for its primitive parameter '" + slot.name()
					+ "', but the send gave none (sender " + event.sender() + "); declare the parameter as "
					+ slot.type().getSimpleName() + " to accept null");
		}
		return new IllegalArgumentException("Receiver " + receiver + " of signal '" + event.signal().name()
				+ "' cannot take '" + slot.name() + "' = " + value.getClass().getName() + " (sender "
				+ event.sender() + ") in its parameter of type " + slot.type().getName() + "; " + fix(slot, event, receiver));
	}

	/**
	 * How to fix a value that does not fit: a wider parameter always; restricting the senders only
	 * where the receiver takes every sender; declaring the argument's type where the signal has none,
	 * so that the sender fails instead.
	 */
	private static String fix(Slot slot, SignalEvent event, ReceiverMethod receiver) {
		String fix = "widen the parameter type (Object takes every value)";
		if (receiver.getSenders().length == 0) {
			fix += " or restrict the receiver with @Receiver(sender = ...)";
		}
		if (slot.source() >= 0 && event.signal().argumentType(slot.name()) == Object.class) {
			fix += "; declaring the argument's type, Signal.arg(\"" + slot.name()
					+ "\", Type.class), makes a wrong value fail its sender instead";
		}
		return fix;
	}

	/**
	 * One parameter: where its value comes from and what it accepts.
	 * @param source an argument slot, {@link #SENDER}, {@link #SIGNAL}, {@link #EVENT} or {@link #PUBLICATION_ID}
	 * @param type the parameter's (boxed) type
	 * @param primitive whether the parameter is primitive, so needs a value
	 * @param any whether the type is {@code Object}, so takes any value
	 * @param name the parameter's name, for errors
	 */
	private record Slot(int source, Class<?> type, boolean primitive, boolean any, String name) {

		boolean accepts(Object value) {
			return this.any || this.type.isInstance(value);
		}

	}

}
