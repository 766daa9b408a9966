package dev.signals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;

/** A receiver that records under which label it was called, so tests can assert order. */
final class Recorder {

	final List<String> calls = new CopyOnWriteArrayList<>();

	SignalReceiver receiver(String label) {
		return new Labelled(label, this.calls);
	}

	record Labelled(String label, List<String> calls) implements SignalReceiver {

		@Override
		public @Nullable Object receive(SignalEvent event) {
			this.calls.add(this.label);
			return null;
		}

		@Override
		public boolean equals(Object other) {
			return this == other;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this);
		}

		@Override
		public String toString() {
			return this.label;
		}

	}

}
