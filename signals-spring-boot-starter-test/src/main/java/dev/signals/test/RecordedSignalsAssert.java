package dev.signals.test;

import java.util.List;

import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions on {@link RecordedSignals}. A failure message lists what was recorded.
 *
 * @see SignalsAssertions#assertThat(RecordedSignals)
 */
public class RecordedSignalsAssert extends AbstractAssert<RecordedSignalsAssert, RecordedSignals> {

	private static final int LISTED = 50;

	RecordedSignalsAssert(@Nullable RecordedSignals actual) {
		super(actual, RecordedSignalsAssert.class);
	}

	/**
	 * Selects the sends of a signal, to narrow down with {@code from} and {@code withArgument} and
	 * to count with {@code once()}, {@code times(n)}, {@code atLeastOnce()} or {@code never()}.
	 * @param signalName the signal's name
	 * @return the assertions on its sends
	 * @throws IllegalArgumentException when no signal of that name is being recorded
	 */
	public SentSignalsAssert sent(String signalName) {
		isNotNull();
		return new SentSignalsAssert(this, this.actual.signal(signalName));
	}

	/**
	 * Verifies that no signal was sent.
	 * @return this
	 */
	public RecordedSignalsAssert sentNothing() {
		isNotNull();
		List<RecordedSignal> all = this.actual.all();
		if (!all.isEmpty()) {
			fail("Expected no signal to be sent, but " + all.size() + " " + ((all.size() == 1) ? "was" : "were"), all);
		}
		return this;
	}

	/**
	 * Verifies that signals were sent in this order, other sends allowed before, between and after
	 * them. Compare {@link RecordedSignals#names()} for the exact sequence.
	 * @param signalNames the signal names in expected order
	 * @return this
	 */
	public RecordedSignalsAssert sentInOrder(String... signalNames) {
		isNotNull();
		for (String name : signalNames) {
			this.actual.signal(name);
		}
		List<RecordedSignal> all = this.actual.all();
		int position = 0;
		for (int i = 0; i < signalNames.length; i++) {
			while (position < all.size() && !all.get(position).name().equals(signalNames[i])) {
				position++;
			}
			if (position == all.size()) {
				fail("Expected signals " + List.of(signalNames) + " to be sent in this order, but '" + signalNames[i]
						+ "'" + ((i > 0) ? " was not sent after '" + signalNames[i - 1] + "'" : " was not sent"), all);
			}
			position++;
		}
		return this;
	}

	RecordedSignals recorded() {
		return this.actual;
	}

	void fail(String expectation, List<RecordedSignal> recorded) {
		failWithMessage("%s", expectation + ".\n" + describe(recorded));
	}

	static String describe(List<RecordedSignal> recorded) {
		if (recorded.isEmpty()) {
			return "No signal was recorded.";
		}
		StringBuilder message = new StringBuilder("Recorded sends (" + recorded.size() + "), in send order:");
		for (int i = 0; i < Math.min(recorded.size(), LISTED); i++) {
			message.append("\n  ").append(i + 1).append(". ").append(recorded.get(i));
		}
		if (recorded.size() > LISTED) {
			message.append("\n  ... and ").append(recorded.size() - LISTED).append(" more");
		}
		return message.toString();
	}

}
