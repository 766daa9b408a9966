package dev.signals.test;

import dev.signals.Signal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.signals.test.SignalsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fluent assertions, on a recorder of plain signals: what passes, and what a failure says.
 */
class RecordedSignalsAssertTests {

	private final Signal saved = Signal.of("saved", "instance", "created");

	private final Signal deleted = Signal.of("deleted", "instance");

	private final SignalRecorder recorded = SignalsTesting.record(this.saved, this.deleted);

	@AfterEach
	void stopRecording() {
		this.recorded.close();
	}

	@Test
	void countsMatchingSendsBySignalSenderAndArguments() {
		saveAndDelete();
		assertThat(this.recorded).sent("saved").times(2)
			.sent("saved").from(String.class).withArgument("created", true).once()
			.sent("saved").from(Integer.class).never()
			.sent("saved").withArgument("instance", "b").once()
			.sent("saved").withArgumentMatching("instance", "a"::equals, "equal to a").once()
			.sent("deleted").from(null).atLeastOnce()
			.sent("deleted").withArgument("instance", null).once();
	}

	@Test
	void anUnmetCountFailsListingTheRecordedSends() {
		saveAndDelete();
		assertThatThrownBy(
				() -> assertThat(this.recorded).sent("saved").from(String.class).withArgument("instance", "c").once())
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("Expected signal 'saved' from java.lang.String.class with instance=c to be sent "
					+ "once, but it was sent 0 times.")
			.hasMessageContaining("Recorded sends (3), in send order:\n"
					+ "  1. saved from java.lang.String.class {instance=a, created=true}\n"
					+ "  2. saved from java.lang.String.class {instance=b, created=false}\n"
					+ "  3. deleted from no sender {instance=null}");
	}

	@Test
	void neverFailsWhenTheSignalWasSent() {
		saveAndDelete();
		assertThatThrownBy(() -> assertThat(this.recorded).sent("deleted").never()).isInstanceOf(AssertionError.class)
			.hasMessageContaining("Expected signal 'deleted' to be sent 0 times, but it was sent once.");
	}

	@Test
	void atLeastOnceFailsWhenNothingWasRecorded() {
		assertThatThrownBy(() -> assertThat(this.recorded).sent("saved").atLeastOnce())
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("Expected signal 'saved' to be sent once or more, but it was sent 0 times.\n"
					+ "No signal was recorded.");
	}

	@Test
	void aDescriptionPrefixesTheFailure() {
		assertThatThrownBy(() -> assertThat(this.recorded).as("checkout").sent("saved").once())
			.hasMessageStartingWith("[checkout] Expected signal 'saved'");
	}

	@Test
	void signalsSentInOrderPassAndOutOfOrderFailsNamingTheMissingOne() {
		saveAndDelete();
		assertThat(this.recorded).sentInOrder("saved", "saved", "deleted").sentInOrder("saved", "deleted");
		assertThatThrownBy(() -> assertThat(this.recorded).sentInOrder("deleted", "saved"))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("Expected signals [deleted, saved] to be sent in this order, but 'saved' was not "
					+ "sent after 'deleted'.\nRecorded sends (3)");
	}

	@Test
	void sentNothingFailsListingWhatWasSent() {
		assertThat(this.recorded).sentNothing();
		this.deleted.send(this);
		assertThatThrownBy(() -> assertThat(this.recorded).sentNothing()).isInstanceOf(AssertionError.class)
			.hasMessageContaining("Expected no signal to be sent, but 1 was.\nRecorded sends (1)");
	}

	@Test
	void aLongRecordingIsListedUpToFiftySends() {
		for (int i = 0; i < 60; i++) {
			this.deleted.send(i);
		}
		assertThatThrownBy(() -> assertThat(this.recorded).sentNothing())
			.hasMessageContaining("  50. deleted from 49 {}\n  ... and 10 more")
			.hasMessageNotContaining("51. deleted");
	}

	@Test
	void anUndeclaredArgumentIsRejectedNamingTheDeclaredOnes() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> assertThat(this.recorded).sent("saved").withArgument("craeted", true))
			.withMessage("Signal 'saved' has no argument 'craeted'; its arguments are [instance, created]");
	}

	@Test
	void anUnrecordedSignalIsRejectedNamingTheClosestOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> assertThat(this.recorded).sent("save"))
			.withMessageContaining("did you mean 'saved'");
		assertThatIllegalArgumentException().isThrownBy(() -> assertThat(this.recorded).sentInOrder("saved", "delete"))
			.withMessageContaining("did you mean 'deleted'");
	}

	@Test
	void theMatchingSendsAreAvailableForCustomChecks() {
		saveAndDelete();
		org.assertj.core.api.Assertions.assertThat(assertThat(this.recorded).sent("saved").from(String.class).sends())
			.extracting((send) -> send.get("instance"))
			.containsExactly("a", "b");
	}

	private void saveAndDelete() {
		this.saved.send(String.class, this.saved.arguments("instance", "a", "created", true));
		this.saved.send(String.class, this.saved.arguments("instance", "b", "created", false));
		this.deleted.send(null, this.deleted.arguments("instance", null));
	}

}
