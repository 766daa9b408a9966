package dev.signals.internal;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The routes of class senders when some receiver also matches subclasses, computed once per class
 * and kept in a copy-on-write table with weak keys. Unlike a {@link ClassValue}, which stores its
 * values in the class itself, nothing here outlives the state that owns it: a replaced state
 * leaves no route (and so no receiver) reachable from a long-lived class.
 */
final class ClassRoutes {

	private final Function<Class<?>, Route> compute;

	private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(Snapshot.EMPTY);

	ClassRoutes(Function<Class<?>, Route> compute) {
		this.compute = compute;
	}

	/**
	 * The route of a class sender; lock-free, and allocation-free once the class was seen.
	 * @param type the sender class
	 * @return its route
	 */
	Route get(Class<?> type) {
		Route route = this.snapshot.get().table.get(type);
		return (route != null) ? route : add(type);
	}

	private Route add(Class<?> type) {
		Route route = this.compute.apply(type);
		while (true) {
			Snapshot current = this.snapshot.get();
			Route known = current.table.get(type);
			if (known != null) {
				return known;
			}
			if (this.snapshot.compareAndSet(current, current.with(type, route))) {
				return route;
			}
		}
	}

	private static final class Snapshot {

		static final Snapshot EMPTY = new Snapshot(List.of(), List.of());

		private final List<WeakReference<Object>> keys;

		private final List<Route> routes;

		private final SenderTable table;

		private Snapshot(List<WeakReference<Object>> keys, List<Route> routes) {
			this.keys = keys;
			this.routes = routes;
			this.table = new SenderTable(keys, routes);
		}

		Snapshot with(Class<?> type, Route route) {
			List<WeakReference<Object>> keys = new ArrayList<>(this.keys.size() + 1);
			List<Route> routes = new ArrayList<>(this.keys.size() + 1);
			for (int i = 0; i < this.keys.size(); i++) {
				if (this.keys.get(i).get() != null) {
					keys.add(this.keys.get(i));
					routes.add(this.routes.get(i));
				}
			}
			keys.add(new WeakReference<>(type));
			routes.add(route);
			return new Snapshot(keys, routes);
		}

	}

}
