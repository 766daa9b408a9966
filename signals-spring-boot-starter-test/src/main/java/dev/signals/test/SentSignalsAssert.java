package dev.signals.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import dev.signals.Signal;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on the recorded sends of one signal: narrow them down, then count them. Only the
 * counting methods verify; each returns the assertions on all recorded signals to go on with.
 *
 * <pre>{@code
 * assertThat(recorded).sent(POST_SAVE).from(Order.class).withArgument("created", true).once()
 *     .sent(POST_DELETE).never();
 * }</pre>
 */
public final class SentSignalsAssert {

	private final RecordedSignalsAssert recorded;

	private final Signal signal;

	private final List<String> conditions = new ArrayList<>();

	private Predicate<RecordedSignal> filter;

	SentSignalsAssert(RecordedSignalsAssert recorded, Signal signal) {
		this.recorded = recorded;
		this.signal = signal;
		this.filter = (send) -> send.signal() == signal;
	}

	/**
	 * Keeps the sends by this sender: equal to it, so a class sender matches that exact class.
	 * @param sender the sender, {@code null} for sends that named none
	 * @return this
	 */
	public SentSignalsAssert from(@Nullable Object sender) {
		return matching((send) -> Objects.equals(send.sender(), sender), "from " + RecordedSignal.describe(sender));
	}

	/**
	 * Keeps the sends whose argument equals a value; an argument not given reads as {@code null}.
	 * @param argumentName a declared argument name
	 * @param value the expected value
	 * @return this
	 * @throws IllegalArgumentException when the signal does not declare the argument
	 */
	public SentSignalsAssert withArgument(String argumentName, @Nullable Object value) {
		this.signal.indexOf(argumentName);
		return matching((send) -> Objects.deepEquals(send.arguments().get(argumentName), value),
				"with " + argumentName + "=" + value);
	}

	/**
	 * Keeps the sends whose argument satisfies a condition.
	 * @param argumentName a declared argument name
	 * @param condition the condition, given the value or {@code null} when not given
	 * @param description what the condition checks, for the failure message
	 * @return this
	 * @throws IllegalArgumentException when the signal does not declare the argument
	 */
	public SentSignalsAssert withArgumentMatching(String argumentName, Predicate<@Nullable Object> condition,
			String description) {
		this.signal.indexOf(argumentName);
		return matching((send) -> condition.test(send.arguments().get(argumentName)),
				"with " + argumentName + " " + description);
	}

	/**
	 * Keeps the sends that satisfy a condition.
	 * @param condition the condition
	 * @param description what the condition checks, for the failure message
	 * @return this
	 */
	public SentSignalsAssert matching(Predicate<RecordedSignal> condition, String description) {
		this.filter = this.filter.and(condition);
		this.conditions.add(description);
		return this;
	}

	/**
	 * Verifies exactly one matching send.
	 * @return the assertions on all recorded signals
	 */
	public RecordedSignalsAssert once() {
		return times(1);
	}

	/**
	 * Verifies no matching send.
	 * @return the assertions on all recorded signals
	 */
	public RecordedSignalsAssert never() {
		return times(0);
	}

	/**
	 * Verifies exactly this many matching sends.
	 * @param expected the expected number
	 * @return the assertions on all recorded signals
	 */
	public RecordedSignalsAssert times(int expected) {
		if (expected < 0) {
			throw new IllegalArgumentException(
					"The expected number of sends must not be negative, but was " + expected);
		}
		return verify(expected, false);
	}

	/**
	 * Verifies at least one matching send.
	 * @return the assertions on all recorded signals
	 */
	public RecordedSignalsAssert atLeastOnce() {
		return verify(1, true);
	}

	/**
	 * The matching sends so far, for custom checks.
	 * @return the matching sends, in send order
	 */
	public List<RecordedSignal> sends() {
		return this.recorded.recorded().stream().filter(this.filter).toList();
	}

	private RecordedSignalsAssert verify(int expected, boolean orMore) {
		List<RecordedSignal> all = this.recorded.recorded().all();
		long actual = all.stream().filter(this.filter).count();
		if ((orMore) ? actual < expected : actual != expected) {
			this.recorded.fail("Expected signal '" + this.signal.name() + "'"
					+ (this.conditions.isEmpty() ? "" : " " + String.join(" ", this.conditions)) + " to be sent "
					+ count(expected) + ((orMore) ? " or more" : "") + ", but it was sent " + count(actual), all);
		}
		return this.recorded;
	}

	private static String count(long times) {
		return (times == 1) ? "once" : times + " times";
	}

}
