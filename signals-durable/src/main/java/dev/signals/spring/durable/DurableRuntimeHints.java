package dev.signals.spring.durable;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * The resources durable signals read at run time, for a native image: the schema scripts of the
 * publication table, one per database platform.
 */
public final class DurableRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.resources().registerPattern("dev/signals/spring/durable/schema-*.sql");
	}

}
