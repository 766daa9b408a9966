package dev.signals.internal;

import java.lang.ref.WeakReference;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An immutable open-addressing table from sender identity to route. Keys are weak references, so
 * the table keeps no sender alive, and a collected sender's slot can never match another object.
 */
final class SenderTable {

	private final @Nullable WeakReference<Object>[] keys;

	private final @Nullable Route[] routes;

	private final int mask;

	@SuppressWarnings("unchecked")
	SenderTable(List<WeakReference<Object>> senders, List<Route> routesBySender) {
		int capacity = Integer.highestOneBit(Math.max(2, senders.size() * 2 - 1)) << 1;
		this.keys = new WeakReference[capacity];
		this.routes = new Route[capacity];
		this.mask = capacity - 1;
		for (int i = 0; i < senders.size(); i++) {
			WeakReference<Object> key = senders.get(i);
			Object sender = key.get();
			if (sender == null) {
				continue;
			}
			int slot = System.identityHashCode(sender) & this.mask;
			while (this.keys[slot] != null) {
				slot = (slot + 1) & this.mask;
			}
			this.keys[slot] = key;
			this.routes[slot] = routesBySender.get(i);
		}
	}

	/**
	 * The route of a sender that has receivers of its own.
	 * @param sender the sender
	 * @return its route, or {@code null} when no receiver names this sender
	 */
	@Nullable Route get(Object sender) {
		int slot = System.identityHashCode(sender) & this.mask;
		WeakReference<Object> key;
		while ((key = this.keys[slot]) != null) {
			if (key.get() == sender) {
				return this.routes[slot];
			}
			slot = (slot + 1) & this.mask;
		}
		return null;
	}

}
