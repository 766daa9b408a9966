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
	 * The receivers to call directly, when every one is strongly held and returns nothing and
	 * sends are not observed; {@code null} otherwise.
	 */
	final SignalReceiver @Nullable [] plainReceivers;

	/** The signal's observers when the route was made, or {@code null} when sends are not observed. */
	private final @Nullable Observers observers;

	Route(Entry[] entries, @Nullable Observers observers) {
		this.entries = entries;
		this.observers = observers;
		SignalReceiver[] plain = new SignalReceiver[entries.length];
		for (int i = 0; i < entries.length && plain != null; i++) {
			plain[i] = entries[i].plainReceiver();
			if (plain[i] == null) {
				plain = null;
			}
		}
		this.plainReceivers = (observers == null) ? plain : null;
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

	/**
	 * Calls every live receiver of the route, telling the observers if there are any.
	 * @param event the event they get
	 * @param robust catch and record {@link Exception}s instead of stopping at the first one
	 * @return the responses in connection order
	 */
	public List<Response> call(SignalEvent event, boolean robust) {
		SignalReceiver[] plain = this.plainReceivers;
		if (plain != null) {
			return Dispatch.callPlain(this, plain, event, robust);
		}
		Observers observers = this.observers;
		return (observers != null) ? observers.call(this, event, robust) : Dispatch.callEntries(this, event, robust);
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
