package dev.signals.internal;

import java.lang.ref.WeakReference;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An immutable open-addressing table from sender identity to route. Keys are weak references, so
 * the table keeps no sender alive, and a collected sender's slot can never match another object.
 * Each key carries its route, so a hit reads one array slot and one object.
 */
final class SenderTable {

	private final @Nullable Key[] keys;

	private final int mask;

	SenderTable(List<WeakReference<Object>> senders, List<Route> routesBySender) {
		// at most a quarter full, so that a lookup rarely probes a second slot
		int capacity = Integer.highestOneBit(Math.max(1, senders.size()) * 4 - 1) << 1;
		this.keys = new Key[capacity];
		this.mask = capacity - 1;
		for (int i = 0; i < senders.size(); i++) {
			Object sender = senders.get(i).get();
			if (sender == null) {
				continue;
			}
			int slot = System.identityHashCode(sender) & this.mask;
			while (this.keys[slot] != null) {
				slot = (slot + 1) & this.mask;
			}
			this.keys[slot] = new Key(sender, routesBySender.get(i));
		}
	}

	/**
	 * The route of a sender that has receivers of its own.
	 * @param sender the sender
	 * @return its route, or {@code null} when no receiver names this sender
	 */
	@Nullable Route get(Object sender) {
		@Nullable Key[] keys = this.keys;
		int slot = System.identityHashCode(sender) & this.mask;
		Key key = keys[slot];
		if (key == null) {
			return null;
		}
		// the first slot decides almost every lookup; probing on is kept out of the inlined path
		return (key.get() == sender) ? key.route : probe(keys, sender, slot);
	}

	private @Nullable Route probe(@Nullable Key[] keys, Object sender, int first) {
		int mask = this.mask;
		Key key;
		for (int slot = (first + 1) & mask; (key = keys[slot]) != null; slot = (slot + 1) & mask) {
			if (key.get() == sender) {
				return key.route;
			}
		}
		return null;
	}

	/** A weakly held sender and the route of its sends. */
	private static final class Key extends WeakReference<Object> {

		final Route route;

		Key(Object sender, Route route) {
			super(sender);
			this.route = route;
		}

	}

}
