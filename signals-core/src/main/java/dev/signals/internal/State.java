package dev.signals.internal;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An immutable snapshot of a signal's connections, replaced as a whole on every change
 * (copy-on-write), so sends read it without a lock. It resolves a sender to its route with one
 * identity-table probe; class senders with subclass receivers are resolved once per class.
 */
final class State {

	/** The state of a signal without receivers. */
	static final State EMPTY = new State(List.of(), 0, null);

	private final List<Entry> entries;

	private final int muted;

	private final @Nullable Observers observers;

	private final Route anySender;

	private final @Nullable SenderTable bySender;

	private final @Nullable ClassRoutes byClass;

	private State(List<Entry> entries, int muted, @Nullable Observers observers) {
		this.entries = List.copyOf(entries);
		this.muted = muted;
		this.observers = observers;
		List<Entry> any = new ArrayList<>();
		Map<Object, List<Entry>> specific = new IdentityHashMap<>();
		Map<Object, WeakReference<Object>> references = new IdentityHashMap<>();
		boolean subclasses = false;
		// a muted signal routes every sender to nobody
		for (Entry entry : (muted > 0) ? List.<Entry>of() : this.entries) {
			Object sender = entry.sender();
			if (entry.anySender()) {
				any.add(entry);
			}
			else if (sender != null) {
				specific.computeIfAbsent(sender, (key) -> new ArrayList<>()).add(entry);
				references.putIfAbsent(sender, entry.senderReference());
				subclasses |= entry.includeSubclasses();
			}
		}
		this.anySender = any.isEmpty() ? Route.EMPTY : new Route(any.toArray(Entry[]::new), observers);
		List<WeakReference<Object>> keys = new ArrayList<>();
		List<Route> routes = new ArrayList<>();
		boolean anySubclasses = subclasses;
		specific.forEach((sender, own) -> {
			keys.add(references.get(sender));
			// a class named by a receiver gets, like any class, the receivers of its superclasses too
			routes.add((anySubclasses && sender instanceof Class<?> type) ? routeForClass(type)
					: new Route(merge(any, own), observers));
		});
		this.bySender = keys.isEmpty() ? null : new SenderTable(keys, routes);
		this.byClass = subclasses ? new ClassRoutes(this::routeForClass) : null;
	}

	private static Entry[] merge(List<Entry> first, List<Entry> second) {
		Entry[] merged = new Entry[first.size() + second.size()];
		int i = 0;
		int j = 0;
		for (int k = 0; k < merged.length; k++) {
			boolean takeFirst = j >= second.size()
					|| (i < first.size() && first.get(i).order() < second.get(j).order());
			merged[k] = takeFirst ? first.get(i++) : second.get(j++);
		}
		return merged;
	}

	private Route routeForClass(Class<?> type) {
		Entry[] matching = this.entries.stream().filter((entry) -> entry.appliesTo(type)).toArray(Entry[]::new);
		return (matching.length == 0) ? Route.EMPTY : new Route(matching, this.observers);
	}

	/**
	 * The receivers that a send by this sender calls.
	 * @param sender the sender, or {@code null}
	 * @return the route, {@link Route#EMPTY} when nobody listens or the signal is muted
	 */
	Route route(@Nullable Object sender) {
		if (sender == null) {
			return this.anySender;
		}
		SenderTable bySender = this.bySender;
		if (bySender != null) {
			Route route = bySender.get(sender);
			if (route != null) {
				return route;
			}
		}
		ClassRoutes byClass = this.byClass;
		return (byClass != null && sender instanceof Class<?> type) ? byClass.get(type) : this.anySender;
	}

	/** @return every entry, in connection order */
	List<Entry> entries() {
		return this.entries;
	}

	/** @return how many mutes are in force */
	int muted() {
		return this.muted;
	}

	/** @return the observers, or {@code null} when sends are not observed */
	@Nullable Observers observers() {
		return this.observers;
	}

	/**
	 * A new state with these entries, dropping those whose receiver or sender was collected.
	 * @param entries the entries in connection order
	 * @return the new state
	 */
	State withEntries(List<Entry> entries) {
		List<Entry> live = entries.stream().filter(Entry::isLive).toList();
		return (live.isEmpty() && this.muted == 0 && this.observers == null) ? EMPTY
				: new State(live, this.muted, this.observers);
	}

	/**
	 * A new state with the mute count changed.
	 * @param delta +1 to mute once more, -1 to lift one mute
	 * @return the new state
	 */
	State withMuted(int delta) {
		return new State(this.entries.stream().filter(Entry::isLive).toList(), this.muted + delta, this.observers);
	}

	/**
	 * A new state with other observers.
	 * @param observers the observers, or {@code null} for none
	 * @return the new state
	 */
	State withObservers(@Nullable Observers observers) {
		return new State(this.entries.stream().filter(Entry::isLive).toList(), this.muted, observers);
	}

}
