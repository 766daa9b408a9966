package dev.signals.autoconfigure;

import java.util.List;
import java.util.stream.Stream;

import dev.signals.Signal;
import dev.signals.SignalRegistry;
import dev.signals.spring.db.DatabaseSignals;
import dev.signals.spring.jpa.ModelSignals;
import dev.signals.spring.web.RequestSignals;

/**
 * The signals every bridge defines, gathered for the registry of an application context: each
 * bridge declares its own ({@link ModelSignals}, {@link RequestSignals}, {@link DatabaseSignals}),
 * and all of them are defined whether or not the application uses the bridge's technology, so that
 * receivers connect either way.
 */
public final class BuiltInSignals {

	private BuiltInSignals() {
	}

	/** @return new, unconnected definitions of every bridge's signals */
	public static List<Signal> definitions() {
		return Stream.of(ModelSignals.definitions(), RequestSignals.definitions(), DatabaseSignals.definitions())
			.flatMap(List::stream)
			.toList();
	}

	/** @return a new registry holding new definitions of every bridge's signals */
	public static SignalRegistry registry() {
		SignalRegistry registry = new SignalRegistry();
		definitions().forEach(registry::register);
		return registry;
	}

}
