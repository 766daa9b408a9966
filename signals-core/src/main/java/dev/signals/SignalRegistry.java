package dev.signals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The signals of one application, by name. An object rather than a static global, so that two
 * applications in one JVM (two Spring contexts in a test suite, say) never share receivers.
 * Thread-safe; lookups take no lock.
 */
public final class SignalRegistry {

	private final Object lock = new Object();

	private volatile Map<String, Signal> signals = Map.of();

	/** Observers of every signal, each with its handles by signal; guarded by the lock. */
	private final List<Installed> observers = new ArrayList<>();

	/** Creates an empty registry. */
	public SignalRegistry() {
	}


	/**
	 * Adds a signal under its name. Registering the same instance again does nothing.
	 * @param signal the signal
	 * @return the signal
	 * @throws IllegalArgumentException when another signal of that name is registered
	 */
	public Signal register(Signal signal) {
		Objects.requireNonNull(signal, "Cannot register a null signal");
		synchronized (this.lock) {
			Signal existing = this.signals.get(signal.name());
			if (existing == signal) {
				return signal;
			}
			if (existing != null) {
				throw new IllegalArgumentException("A signal named '" + signal.name() + "' is already registered ("
						+ existing + "); give " + signal + " another name");
			}
			Map<String, Signal> copy = new LinkedHashMap<>(this.signals);
			copy.put(signal.name(), signal);
			this.signals = Collections.unmodifiableMap(copy);
			this.observers.forEach((installed) -> installed.observe(signal));
			return signal;
		}
	}

	/**
	 * Creates and registers a signal.
	 * @param name the signal's name
	 * @param argumentNames the names of the arguments it sends
	 * @return the new signal
	 */
	public Signal define(String name, String... argumentNames) {
		return register(Signal.of(name, argumentNames));
	}

	/**
	 * Creates and registers a signal whose arguments have declared types.
	 * @param name the signal's name
	 * @param first the first argument it sends, {@link Signal#arg(String, Class)}
	 * @param more the others
	 * @return the new signal
	 */
	public Signal define(String name, Argument first, Argument... more) {
		return register(Signal.of(name, first, more));
	}

	/**
	 * The signal of this name.
	 * @param name the name
	 * @return the signal
	 * @throws NoSuchSignalException listing the known names and the closest one
	 */
	public Signal get(String name) {
		Objects.requireNonNull(name, "A signal name must not be null");
		Signal signal = this.signals.get(name);
		if (signal == null) {
			List<String> known = new ArrayList<>(this.signals.keySet());
			throw new NoSuchSignalException(name, Names.closest(name, known), known);
		}
		return signal;
	}

	/**
	 * The signal of this name, if registered.
	 * @param name the name
	 * @return the signal, or empty
	 */
	public Optional<Signal> find(@Nullable String name) {
		return Optional.ofNullable((name != null) ? this.signals.get(name) : null);
	}

	/** @return every registered signal, in registration order */
	public List<Signal> signals() {
		return List.copyOf(this.signals.values());
	}

	/**
	 * Removes a signal of this registry, for example one a closing component defined.
	 * @param signal the signal
	 * @return whether it was registered
	 */
	public boolean unregister(Signal signal) {
		Objects.requireNonNull(signal, "Cannot unregister a null signal");
		synchronized (this.lock) {
			if (this.signals.get(signal.name()) != signal) {
				return false;
			}
			Map<String, Signal> copy = new LinkedHashMap<>(this.signals);
			copy.remove(signal.name());
			this.signals = Collections.unmodifiableMap(copy);
			this.observers.forEach((installed) -> installed.forget(signal));
			return true;
		}
	}

	/**
	 * Installs an observer on every signal of this registry, those registered later included,
	 * until the returned handle is closed; a signal unregistered stops being observed.
	 * @param observer the observer
	 * @return the handle that removes it from every signal
	 * @see Signal#addObserver(SignalObserver)
	 */
	public Signal.Observing addObserver(SignalObserver observer) {
		Objects.requireNonNull(observer, "Cannot add a null observer");
		Installed installed = new Installed(observer);
		synchronized (this.lock) {
			this.signals.values().forEach(installed::observe);
			this.observers.add(installed);
		}
		return () -> {
			synchronized (this.lock) {
				if (this.observers.remove(installed)) {
					installed.handles.values().forEach(Signal.Observing::close);
				}
			}
		};
	}

	/** An observer of the whole registry and its handle on each signal. */
	private static final class Installed {

		private final SignalObserver observer;

		private final Map<Signal, Signal.Observing> handles = new IdentityHashMap<>();

		Installed(SignalObserver observer) {
			this.observer = observer;
		}

		void observe(Signal signal) {
			this.handles.put(signal, signal.addObserver(this.observer));
		}

		void forget(Signal signal) {
			Signal.Observing handle = this.handles.remove(signal);
			if (handle != null) {
				handle.close();
			}
		}

	}

}
