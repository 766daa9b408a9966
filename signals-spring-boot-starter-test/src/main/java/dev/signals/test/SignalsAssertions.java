package dev.signals.test;

import org.jspecify.annotations.Nullable;

/**
 * Entry point of the AssertJ assertions on {@link RecordedSignals}; needs AssertJ on the test
 * classpath, as {@code spring-boot-starter-test} provides.
 *
 * <pre>{@code
 * assertThat(recorded).sent(POST_SAVE).from(Order.class).withArgument("created", true).once();
 * assertThat(recorded).sent("order_placed").never();
 * assertThat(recorded).sentInOrder(PRE_SAVE, POST_SAVE);
 * }</pre>
 */
public final class SignalsAssertions {

	private SignalsAssertions() {
	}

	/**
	 * Starts assertions on recorded signals.
	 * @param recorded the recorded signals
	 * @return the assertions
	 */
	public static RecordedSignalsAssert assertThat(@Nullable RecordedSignals recorded) {
		return new RecordedSignalsAssert(recorded);
	}

}
