package dev.signals.spring.durable;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * The durable targets of this instance, by signal and id: publications of a target another
 * instance has and this one has not (during a rolling upgrade) are left to that instance.
 */
public final class DurableTargets {

	private final Map<String, DurableTarget> byKey = new ConcurrentHashMap<>();

	private final Map<String, Boolean> ids = new ConcurrentHashMap<>();

	/**
	 * Adds a target.
	 * @throws IllegalStateException when another target of the signal has its id
	 */
	void add(DurableTarget target) {
		DurableTarget other = this.byKey.putIfAbsent(key(target.signal().name(), target.id()), target);
		if (other != null && other != target) {
			throw new IllegalStateException("durable receivers " + other + " and " + target + " of signal '"
					+ target.signal().name() + "' would store their publications under the same id '" + target.id()
					+ "'; give one of them a dispatchUid");
		}
		this.ids.put(target.id(), Boolean.TRUE);
	}

	@Nullable DurableTarget get(String signal, String id) {
		return this.byKey.get(key(signal, id));
	}

	/** @return the ids of every target */
	Set<String> ids() {
		return this.ids.keySet();
	}

	private static String key(String signal, String id) {
		return signal + '\u0000' + id;
	}

}
