package dev.signals.test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * Holds the recorder of the test method running on each thread. A thread that runs no test, such
 * as one polling for an asynchronous outcome, gets the only recorder in use, if there is one.
 */
final class RecordedSignalsHolder {

	private static final ThreadLocal<SignalRecorder> current = new ThreadLocal<>();

	private static final Set<SignalRecorder> active = ConcurrentHashMap.newKeySet();

	private RecordedSignalsHolder() {
	}

	static void start(SignalRecorder recorder) {
		SignalRecorder previous = stop();
		if (previous != null) {
			previous.close();
		}
		current.set(recorder);
		active.add(recorder);
	}

	static @Nullable SignalRecorder stop() {
		SignalRecorder recorder = current.get();
		current.remove();
		if (recorder != null) {
			active.remove(recorder);
		}
		return recorder;
	}

	static @Nullable SignalRecorder current() {
		return current.get();
	}

	static SignalRecorder required() {
		SignalRecorder recorder = current.get();
		if (recorder != null) {
			return recorder;
		}
		List<SignalRecorder> inUse = List.copyOf(active);
		if (inUse.size() == 1) {
			return inUse.get(0);
		}
		if (inUse.isEmpty()) {
			throw new IllegalStateException("No signals are being recorded: RecordedSignals can be used while a "
					+ "test method of a class annotated @RecordSignals runs");
		}
		throw new IllegalStateException(inUse.size() + " tests annotated @RecordSignals run in parallel and this "
				+ "thread runs none of them; use RecordedSignals from the test's own thread, for example as a test "
				+ "method parameter");
	}

}
