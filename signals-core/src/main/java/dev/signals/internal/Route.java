package dev.signals.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import dev.signals.Response;
import dev.signals.SignalReceiver;
import org.jspecify.annotations.Nullable;

/**
 * The receivers one sender's sends call, in connection order, with the responses of receivers
 * that answer {@code null} prepared in advance, so that a send whose receivers all answer
 * {@code null} allocates no result. A route knows its signal's observers, so a send decides how
 * to dispatch from the route alone.
 */
final class Route {

	/** The route of a sender nobody listens to. */
	static final Route EMPTY = new Route(new Entry[0], null);

	final Entry[] entries;

	/** The prepared response of each receiver that answers {@code null}; {@code null} for a weakly held one. */
	final @Nullable Response[] quiet;

	/** {@link #quiet} as the result of a send, or {@code null} when a receiver is held weakly. */
	final @Nullable List<Response> quietResponses;

	/** The signal's observers when the route was made, or {@code null} when sends are not observed. */
	final @Nullable Observers observers;

	/** The receivers to call directly: all of them, when each is strongly held and sends are not observed. */
	final SignalReceiver @Nullable [] direct;

	Route(Entry[] entries, @Nullable Observers observers) {
		this.entries = entries;
		this.observers = observers;
		this.quiet = new Response[entries.length];
		boolean strong = true;
		for (int i = 0; i < entries.length; i++) {
			this.quiet[i] = entries[i].nullResponse();
			strong &= this.quiet[i] != null;
		}
		this.quietResponses = strong ? Collections.unmodifiableList(Arrays.asList(this.quiet)) : null;
		this.direct = (strong && observers == null) ? Arrays.stream(entries).map(Entry::receiver)
			.toArray(SignalReceiver[]::new) : null;
	}

	/** @return whether no receiver is on this route */
	boolean isEmpty() {
		return this.entries.length == 0;
	}

	/** @return whether a live receiver is on this route */
	boolean hasLiveReceiver() {
		for (Entry entry : this.entries) {
			if (entry.isLive()) {
				return true;
			}
		}
		return false;
	}

}
