package dev.signals.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.signals.Response;
import dev.signals.SignalReceiver;
import org.jspecify.annotations.Nullable;

/**
 * The receivers one sender's sends call, in connection order, with the responses to return when
 * every receiver answers {@code null} prepared in advance, so such sends allocate no result.
 */
public final class Route {

	/** The route of a sender nobody listens to. */
	public static final Route EMPTY = new Route(new Entry[0]);

	final Entry[] entries;

	final @Nullable List<Response> nullResponses;

	/** The receivers to call directly when every one is strongly held and returns nothing. */
	final SignalReceiver @Nullable [] plainReceivers;

	Route(Entry[] entries) {
		this.entries = entries;
		SignalReceiver[] plain = new SignalReceiver[entries.length];
		for (int i = 0; i < entries.length && plain != null; i++) {
			plain[i] = entries[i].plainReceiver();
			if (plain[i] == null) {
				plain = null;
			}
		}
		this.plainReceivers = plain;
		@Nullable List<Response> responses = new ArrayList<>(entries.length);
		for (Entry entry : entries) {
			if (entry.nullResponse() == null) {
				responses = null;
				break;
			}
			responses.add(entry.nullResponse());
		}
		this.nullResponses = (responses != null) ? Collections.unmodifiableList(responses) : null;
	}

	/** @return whether no receiver is on this route */
	public boolean isEmpty() {
		return this.entries.length == 0;
	}

	/** @return whether a live receiver is on this route */
	public boolean hasLiveReceiver() {
		for (Entry entry : this.entries) {
			if (entry.isLive()) {
				return true;
			}
		}
		return false;
	}

}
