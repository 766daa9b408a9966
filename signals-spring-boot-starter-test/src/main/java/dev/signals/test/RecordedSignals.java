package dev.signals.test;

import java.util.List;
import java.util.stream.Stream;

import dev.signals.Signal;

/**
 * The signals recorded during a test, in send order. Sends on any thread are recorded, in the order
 * their receivers were called.
 *
 * <p>Inject it into a test method or an {@code @Autowired} field of a class annotated
 * {@link RecordSignals @RecordSignals}, or get one from {@link SignalsTesting#record}; assert on it with
 * {@link SignalsAssertions#assertThat(RecordedSignals)}.
 */
public interface RecordedSignals {

	/** @return every recorded send, in send order */
	List<RecordedSignal> all();

	/**
	 * The recorded sends of one signal.
	 * @param signalName the signal's name
	 * @return its sends, in send order
	 * @throws IllegalArgumentException when no signal of that name is being recorded
	 */
	List<RecordedSignal> of(String signalName);

	/** @return every recorded send, in send order */
	Stream<RecordedSignal> stream();

	/** @return the signal name of every recorded send, in send order */
	List<String> names();

	/**
	 * The recorded signal of this name.
	 * @param signalName the signal's name
	 * @return the signal
	 * @throws IllegalArgumentException when no signal of that name is being recorded
	 */
	Signal signal(String signalName);

	/** Forgets the sends recorded so far, for example those of a test's set-up. */
	void clear();

}
