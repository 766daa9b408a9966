package dev.signals.spring.kafka;

import java.util.List;
import java.util.Locale;

import dev.signals.Signal;
import dev.signals.SignalRegistry;

/**
 * Finds the signal a property's map key names. Spring Boot may drop characters other than
 * letters, digits, {@code -} and {@code .} from an unbracketed map key, so keys and names are
 * compared ignoring case and everything but letters and digits.
 */
final class SignalNames {

	private SignalNames() {
	}

	static Signal resolve(SignalRegistry registry, String key, String property) {
		String wanted = normalize(key);
		List<Signal> matches = registry.signals().stream().filter((signal) -> normalize(signal.name()).equals(wanted)).toList();
		if (matches.size() != 1) {
			throw new IllegalStateException(property + "." + key + " names "
					+ (matches.isEmpty() ? "no signal" : "more than one signal " + matches.stream().map(Signal::name).toList())
					+ "; known signals: " + registry.signals().stream().map(Signal::name).toList()
					+ ". Declare the signal as a Signal bean, or fix the name");
		}
		return matches.get(0);
	}

	private static String normalize(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

}
