package dev.signals.spring.jpa.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.signals.Connect;
import dev.signals.Connection;
import dev.signals.SignalRegistry;
import dev.signals.spring.jpa.ModelSignals;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;

/** Records every model signal of its registry, for any sender, in the order they are sent. */
public class Recorder implements DisposableBean {

	private final List<Recorded> events = Collections.synchronizedList(new ArrayList<>());

	private final List<Connection> connections = new ArrayList<>();

	private final SignalRegistry registry;

	public Recorder(SignalRegistry registry) {
		this.registry = registry;
		for (String name : List.of(ModelSignals.POST_INIT, ModelSignals.PRE_SAVE, ModelSignals.POST_SAVE, ModelSignals.PRE_DELETE,
				ModelSignals.POST_DELETE, ModelSignals.M2M_CHANGED)) {
			this.connections.add(connect(name));
		}
	}

	private Connection connect(String signal) {
		return this.registry.get(signal)
			.connect((event) -> this.events.add(new Recorded(event.signal().name(), event.sender(),
					new LinkedHashMap<>(event.argumentMap()))), Connect.anySender().dispatchUid("recorder"));
	}

	/**
	 * Stops recording a signal until the returned handle is closed, so that it has no receiver.
	 * @param signal the signal name
	 * @return closes to record it again
	 */
	public AutoCloseable pause(String signal) {
		this.registry.get(signal).disconnectUid("recorder");
		return () -> this.connections.add(connect(signal));
	}

	public List<Recorded> events() {
		synchronized (this.events) {
			return List.copyOf(this.events);
		}
	}

	/** @return the events of these signals, in order */
	public List<Recorded> of(String... signals) {
		List<String> names = List.of(signals);
		return events().stream().filter((event) -> names.contains(event.signal())).toList();
	}

	public void clear() {
		this.events.clear();
	}

	@Override
	public void destroy() {
		this.connections.forEach(Connection::disconnect);
	}

	/**
	 * One recorded send.
	 * @param signal the signal name
	 * @param sender the sender
	 * @param arguments the arguments
	 */
	public record Recorded(String signal, @Nullable Object sender, Map<String, @Nullable Object> arguments) {

		public @Nullable Object get(String name) {
			return this.arguments.get(name);
		}

		public @Nullable Object instance() {
			return this.arguments.get("instance");
		}

		@Override
		public String toString() {
			Object sender = this.sender;
			return this.signal + "(" + ((sender instanceof Class<?> type) ? type.getSimpleName() : sender) + ")";
		}

	}

}
