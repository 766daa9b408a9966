package dev.signals.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.signals.Response;
import dev.signals.SignalEvent;
import dev.signals.SignalReceiver;
import org.jspecify.annotations.Nullable;

/**
 * The receivers one sender's sends call, in connection order, with the responses to return when
 * every receiver answers {@code null} prepared in advance, so such sends allocate no result. A
 * route knows its signal's observers, so a send decides how to dispatch from the route alone.
 */
public final class Route {

	/** The route of a sender nobody listens to. */
	public static final Route EMPTY = new Route(new Entry[0], null);

	final Entry[] entries;

	final @Nullable List<Response> nullResponses;

	/**
	 * The receivers to call directly, when every one is strongly held and sends are not observed;
	 * {@code null} otherwise.
	 */
	final SignalReceiver @Nullable [] strongReceivers;

	/** The signal's observers when the route was made, or {@code null} when sends are not observed. */
	private final @Nullable Observers observers;

	Route(Entry[] entries, @Nullable Observers observers) {
		this.entries = entries;
		this.observers = observers;
		SignalReceiver[] strong = new SignalReceiver[entries.length];
		@Nullable List<Response> responses = new ArrayList<>(entries.length);
		for (int i = 0; i < entries.length; i++) {
			strong[i] = entries[i].strongReceiver();
			if (strong[i] == null) {
				strong = null;
				responses = null;
				break;
			}
			responses.add(entries[i].nullResponse());
		}
		this.strongReceivers = (observers == null) ? strong : null;
		this.nullResponses = (responses != null) ? Collections.unmodifiableList(responses) : null;
	}

	/**
	 * Calls every live receiver of the route, telling the observers if there are any.
	 * @param event the event they get
	 * @param robust catch and record {@link Exception}s instead of stopping at the first one
	 * @param await wait for a {@link java.util.concurrent.CompletionStage} a receiver returns
	 * before calling the next one, and answer its result (a synchronous send)
	 * @return the responses in connection order
	 */
	public List<Response> call(SignalEvent event, boolean robust, boolean await) {
		SignalReceiver[] strong = this.strongReceivers;
		if (strong != null) {
			return Dispatch.callStrong(this, strong, event, robust, await);
		}
		Observers observers = this.observers;
		return (observers != null) ? observers.call(this, event, robust, await)
				: Dispatch.callEntries(this, event, robust, await);
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
