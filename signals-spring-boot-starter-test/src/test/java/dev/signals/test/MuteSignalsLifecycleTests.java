package dev.signals.test;

import dev.signals.Signal;
import dev.signals.SignalRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static dev.signals.spring.jpa.ModelSignals.PRE_SAVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * What {@link MuteSignals @MuteSignals} does with a test it cannot run: runs sample test classes on
 * the same cached context and checks the registry afterwards.
 */
@SpringBootTest(classes = TestApplication.class)
class MuteSignalsLifecycleTests {

	@Autowired
	private SignalRegistry registry;

	@Test
	void muteOfAnUnknownSignalFailsTheTestNamingTheClosestAndMutesNothing() {
		TestExecutionSummary summary = Samples.run(UnknownMuteSample.class);
		assertThat(Samples.failures(summary)).singleElement().asString().contains("did you mean 'post_save'");
		assertThat(this.registry.signals()).noneMatch(Signal::isMuted);
	}

	@Test
	void muteWithoutSignalNamesFailsTheTestSayingWhatToDo() {
		TestExecutionSummary summary = Samples.run(EmptyMuteSample.class);
		assertThat(Samples.failures(summary)).singleElement().asString()
			.contains("names no signal; list the signals to mute");
	}

	@SpringBootTest(classes = TestApplication.class)
	@MuteSignals({ PRE_SAVE, "post_sve" })
	@EnabledIf(Samples.LAUNCHED_ONLY)
	static class UnknownMuteSample {

		@Test
		void neverRuns() {
			fail("runs although a muted signal is unknown");
		}

	}

	@SpringBootTest(classes = TestApplication.class)
	@MuteSignals({})
	@EnabledIf(Samples.LAUNCHED_ONLY)
	static class EmptyMuteSample {

		@Test
		void neverRuns() {
			fail("runs although @MuteSignals names no signal");
		}

	}

}
