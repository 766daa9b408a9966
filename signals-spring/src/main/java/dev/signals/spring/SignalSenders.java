package dev.signals.spring;

import java.util.Map;
import java.util.Set;

/**
 * What a bridge knows about the signals it sends: every class it sends them with, and the types
 * of arguments it sends that are narrower than the signals declare. A bean of this type lets the
 * starter reject at startup a receiver connected for a sender that never sends, or with a
 * parameter that the values sent never fit.
 */
public interface SignalSenders {

	/** @return the names of the signals the bridge sends */
	Set<String> signalNames();

	/**
	 * Every class the bridge sends its signals with, asked for once all singletons exist.
	 * @return the sender classes
	 */
	Set<Class<?>> senders();

	/** @return what the senders are, for messages, such as "the entity classes of this application" */
	String description();

	/**
	 * The types of the arguments the bridge sends that are narrower than the signals declare.
	 * @return types by argument name, empty by default
	 */
	default Map<String, Class<?>> argumentTypes() {
		return Map.of();
	}

	/**
	 * The signals whose {@code instance} argument is an instance of the sender class, such as the
	 * model signals: a receiver's {@code instance} parameter is checked against its senders, and an
	 * async receiver that runs while the sending transaction is open is warned about.
	 * @return their names, none by default
	 */
	default Set<String> instanceSignals() {
		return Set.of();
	}

	/**
	 * The senders of signals sent with fixed classes.
	 * @param signalNames the names of the signals
	 * @param senders the classes they are sent with
	 * @param description what the senders are, for messages
	 * @param argumentTypes the types of arguments narrower than the signals declare, by name
	 * @return the senders
	 */
	static SignalSenders of(Set<String> signalNames, Set<Class<?>> senders, String description,
			Map<String, Class<?>> argumentTypes) {
		record Fixed(Set<String> signalNames, Set<Class<?>> senders, String description,
				Map<String, Class<?>> argumentTypes) implements SignalSenders {
		}
		return new Fixed(Set.copyOf(signalNames), Set.copyOf(senders), description, Map.copyOf(argumentTypes));
	}

}
