package dev.signals.spring;

import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.signals.ReceiverInfo;
import dev.signals.Signal;
import dev.signals.SignalEvent;
import dev.signals.SignalRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;

/**
 * Checks receivers against what their signals send: that the senders a receiver is connected for
 * send the signal, as the bridges' {@link SignalSenders} know them, and that every parameter of a
 * {@code @Receiver} method takes every value the signal sends it, by the argument types the
 * signal declares or a bridge knows. A signal that no bridge sends is checked by its declared
 * argument types alone.
 */
final class ReceiverChecks {

	private final Map<String, SignalSenders> bySignal = new HashMap<>();

	/** The classes of each bridge, asked for once and sorted by name for stable messages. */
	private final Map<SignalSenders, Set<Class<?>>> classes = new HashMap<>();

	ReceiverChecks(List<SignalSenders> senders) {
		for (SignalSenders bridge : senders) {
			bridge.signalNames().forEach((name) -> this.bySignal.putIfAbsent(name, bridge));
		}
	}

	/**
	 * @param signalName a signal's name
	 * @return whether the bridge that sends it sends an instance of the sender as {@code instance}
	 */
	boolean isInstanceSignal(String signalName) {
		SignalSenders bridge = this.bySignal.get(signalName);
		return bridge != null && bridge.instanceSignals().contains(signalName);
	}

	/**
	 * Checks a {@code @Receiver} method's senders and parameter types for one of its signals.
	 * @param description the method as {@code Class#method}
	 * @param method the method, whose parameter names were bound already
	 * @param signal the signal
	 * @param annotation the method's annotation
	 * @throws ReceiverDeclarationException naming the mistake and its fix
	 */
	void check(String description, Method method, Signal signal, Receiver annotation) {
		SignalSenders bridge = this.bySignal.get(signal.name());
		Set<Class<?>> sent = (bridge != null) ? classes(bridge) : null;
		for (Class<?> sender : annotation.sender()) {
			String problem = (bridge != null) ? senderProblem(signal, sender, annotation.includeSubclasses(), bridge, true)
					: null;
			if (problem != null) {
				throw new ReceiverDeclarationException(description, problem);
			}
		}
		for (Parameter parameter : method.getParameters()) {
			Class<?> type = ClassUtils.resolvePrimitiveIfNecessary(parameter.getType());
			String name = parameter.getName();
			if (parameter.getType() == SignalEvent.class || "signal".equals(name)
					|| (annotation.durable() && "publicationId".equals(name))) {
				continue; // not an argument of the signal; ParameterBinding checked it
			}
			if ("sender".equals(name)) {
				checkSender(description, signal, type, annotation, sent);
			}
			else if ("instance".equals(name) && isInstanceSignal(signal.name())) {
				checkInstance(description, signal, type, annotation, sent);
			}
			else {
				Class<?> sentType = (bridge != null) ? bridge.argumentTypes().get(name) : null;
				checkArgument(description, signal, name, type, (sentType != null) ? sentType : signal.argumentType(name));
			}
		}
	}

	/**
	 * Checks the senders of the receivers connected in code (not {@code @Receiver} methods, which
	 * {@link #check} covers) to the signals a bridge sends.
	 * @param registry the registry whose connections to check
	 * @throws ReceiverDeclarationException for the first receiver connected for a sender that never sends
	 */
	void checkConnected(SignalRegistry registry) {
		this.bySignal.forEach((name, bridge) -> registry.find(name).ifPresent((signal) -> {
			for (ReceiverInfo receiver : signal.receivers()) {
				Object sender = receiver.sender();
				if (!(receiver.receiver() instanceof ReceiverMethod) && sender != null) {
					String problem = senderProblem(signal, sender, receiver.includeSubclasses(), bridge, false);
					if (problem != null) {
						throw ReceiverDeclarationException.ofConnection(receiver.description(), problem);
					}
				}
			}
		}));
	}

	private @Nullable String senderProblem(Signal signal, Object sender, boolean includeSubclasses,
			SignalSenders bridge, boolean annotated) {
		Set<Class<?>> sent = classes(bridge);
		String fix = annotated ? "name one of them in @Receiver(sender = ...), or none for any sender"
				: "connect it for one of them, or for any sender";
		String senders = "it is sent by " + names(sent) + " (" + bridge.description() + "): " + fix;
		if (!(sender instanceof Class<?> type)) {
			return "signal '" + signal.name() + "' is never sent by " + sender + ", which is not a class; " + senders;
		}
		if (sent.contains(type) || (includeSubclasses && sent.stream().anyMatch(type::isAssignableFrom))) {
			return null;
		}
		if (sent.stream().anyMatch(type::isAssignableFrom)) {
			return "signal '" + signal.name() + "' is sent by subclasses of " + type.getName()
					+ ", never by the class itself; "
					+ (annotated ? "add includeSubclasses = true" : "connect it with Connect.sender(...).includeSubclasses()")
					+ " to receive from them";
		}
		return "signal '" + signal.name() + "' is never sent by " + type.getName() + "; " + senders;
	}

	private static void checkSender(String description, Signal signal, Class<?> type, Receiver annotation,
			@Nullable Set<Class<?>> sent) {
		if (type.isAssignableFrom(Class.class)) {
			return;
		}
		if (annotation.sender().length > 0) {
			throw new ReceiverDeclarationException(description, "parameter 'sender' is a " + type.getName()
					+ ", but with sender = " + simpleNames(Arrays.asList(annotation.sender()))
					+ " the sender is a Class; declare it as Class<?>");
		}
		if (sent != null) {
			throw new ReceiverDeclarationException(description, "parameter 'sender' is a " + type.getName()
					+ ", but signal '" + signal.name() + "' is sent by classes " + simpleNames(sent)
					+ "; declare it as Class<?>");
		}
	}

	private static void checkInstance(String description, Signal signal, Class<?> type, Receiver annotation,
			@Nullable Set<Class<?>> sent) {
		for (Class<?> sender : annotation.sender()) {
			if (annotation.includeSubclasses() && sent != null) {
				for (Class<?> subclass : sent) {
					if (sender.isAssignableFrom(subclass) && !type.isAssignableFrom(subclass)) {
						throw alsoSends(description, signal, type, "from sender " + sender.getSimpleName()
								+ " and its subclasses", subclass);
					}
				}
			}
			else if (!type.isAssignableFrom(sender)
					&& !(annotation.includeSubclasses() && sender.isAssignableFrom(type))) {
				throw new ReceiverDeclarationException(description, "parameter 'instance' is a "
						+ type.getSimpleName() + ", but signal '" + signal.name() + "' from sender "
						+ sender.getSimpleName() + " sends an instance of " + sender.getSimpleName()
						+ ", so it can never match; declare it as " + sender.getSimpleName()
						+ " (or a supertype) or fix @Receiver(sender = ...)");
			}
		}
		if (annotation.sender().length == 0 && sent != null) {
			for (Class<?> sender : sent) {
				if (!type.isAssignableFrom(sender)) {
					throw alsoSends(description, signal, type, "from any sender", sender);
				}
			}
		}
	}

	private static ReceiverDeclarationException alsoSends(String description, Signal signal, Class<?> type,
			String from, Class<?> sent) {
		return new ReceiverDeclarationException(description, "parameter 'instance' is a " + type.getSimpleName()
				+ ", but signal '" + signal.name() + "' " + from + " also sends instances of " + sent.getName()
				+ ", which it cannot take; restrict the receiver with @Receiver(sender = ...) or declare the "
				+ "parameter as a supertype of every class it receives from (Object takes all)");
	}

	private static void checkArgument(String description, Signal signal, String name, Class<?> type,
			Class<?> sent) {
		if (sent == Object.class || type.isAssignableFrom(sent)) {
			return;
		}
		Class<?> primitive = MethodType.methodType(sent).unwrap().returnType();
		throw new ReceiverDeclarationException(description, "parameter '" + name + "' is a " + type.getName()
				+ ", but signal '" + signal.name() + "' sends '" + name + "' as a " + sent.getName() + "; declare it as "
				+ sent.getSimpleName() + ((primitive != sent) ? " or " + primitive.getName() : "")
				+ " (or a supertype)");
	}

	private Set<Class<?>> classes(SignalSenders bridge) {
		return this.classes.computeIfAbsent(bridge, (key) -> {
			Set<Class<?>> sorted = new TreeSet<>(Comparator.comparing(Class::getName));
			sorted.addAll(key.senders());
			return sorted;
		});
	}

	private static List<String> names(Set<Class<?>> classes) {
		return classes.stream().map(Class::getName).toList();
	}

	private static List<String> simpleNames(Collection<Class<?>> classes) {
		return classes.stream().map(Class::getSimpleName).toList();
	}

}
