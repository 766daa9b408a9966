package dev.signals.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.signals.Connect;
import dev.signals.Connection;
import dev.signals.Signal;
import dev.signals.SignalEvent;
import dev.signals.SignalRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Records every send of some signals, for any sender, from creation until {@link #close()}.
 * Its receiver is connected after those already connected, so it sees a send once they ran;
 * a send that a receiver aborts with an exception, or a send of a muted signal, is not recorded.
 * Thread-safe. The recorded sends stay readable after closing.
 *
 * @see SignalsTesting#record(SignalRegistry)
 */
public final class SignalRecorder implements RecordedSignals, AutoCloseable {

	private final SignalRegistry registry;

	private final Map<String, Signal> signals = new LinkedHashMap<>();

	private final List<Connection> connections = new ArrayList<>();

	private final List<RecordedSignal> recorded = new ArrayList<>();

	private volatile boolean closed;

	SignalRecorder(SignalRegistry registry) {
		this.registry = registry;
		for (Signal signal : registry.signals()) {
			this.signals.put(signal.name(), signal);
			this.connections.add(signal.connect(this::record, Connect.anySender()));
		}
	}

	private @Nullable Object record(SignalEvent event) {
		if (!this.closed) {
			RecordedSignal send = new RecordedSignal(event.signal(), event.sender(), event.argumentMap());
			synchronized (this.recorded) {
				this.recorded.add(send);
			}
		}
		return null;
	}

	@Override
	public List<RecordedSignal> all() {
		synchronized (this.recorded) {
			return List.copyOf(this.recorded);
		}
	}

	@Override
	public List<RecordedSignal> of(String signalName) {
		Signal signal = signal(signalName);
		return stream().filter((send) -> send.signal() == signal).toList();
	}

	@Override
	public Stream<RecordedSignal> stream() {
		return all().stream();
	}

	@Override
	public List<String> names() {
		return stream().map(RecordedSignal::name).toList();
	}

	@Override
	public Signal signal(String signalName) {
		Signal signal = this.signals.get(signalName);
		if (signal != null) {
			return signal;
		}
		Signal registered = this.registry.get(signalName);
		throw new IllegalArgumentException("Signal '" + signalName + "' is not recorded: " + registered
				+ " was registered after recording started; the recorded signals are " + this.signals.keySet());
	}

	@Override
	public void clear() {
		synchronized (this.recorded) {
			this.recorded.clear();
		}
	}

	/** @return whether the recorder is still connected */
	public boolean isRecording() {
		synchronized (this.connections) {
			return this.connections.stream().anyMatch(Connection::isConnected);
		}
	}

	/**
	 * Disconnects the recorder from every signal. Recording stops, also for sends already under
	 * way; the recorded sends stay.
	 */
	@Override
	public void close() {
		this.closed = true;
		synchronized (this.connections) {
			this.connections.forEach(Connection::disconnect);
		}
	}

	@Override
	public String toString() {
		return "SignalRecorder" + all();
	}

}
