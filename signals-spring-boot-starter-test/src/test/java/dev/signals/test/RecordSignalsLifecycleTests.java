package dev.signals.test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import dev.signals.Signal;
import dev.signals.SignalRegistry;
import dev.signals.test.TestApplication.Order;
import dev.signals.test.TestApplication.OrderService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListeners.MergeMode;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.test.context.support.AbstractTestExecutionListener;

import static dev.signals.spring.jpa.ModelSignals.POST_SAVE;
import static dev.signals.spring.jpa.ModelSignals.PRE_SAVE;
import static dev.signals.test.SignalsAssertions.assertThat;
import static dev.signals.test.TestApplication.ORDER_PLACED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.fail;

/**
 * What the test support leaves behind after a test: runs sample test classes on the same cached
 * context and checks the registry afterwards.
 */
@SpringBootTest(classes = TestApplication.class)
class RecordSignalsLifecycleTests {

	@Autowired
	private SignalRegistry registry;

	@Test
	void theRecorderIsConnectedForEachTestAndDisconnectedAfterIt() {
		Map<String, Integer> before = receiverCounts();
		RecordingSample.receiversDuringTests.clear();
		TestExecutionSummary summary = Samples.run(RecordingSample.class);
		assertThat(Samples.failures(summary)).isEmpty();
		assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
		int orderPlaced = before.get(ORDER_PLACED);
		assertThat(RecordingSample.receiversDuringTests).containsExactly(orderPlaced + 1, orderPlaced + 1);
		assertThat(receiverCounts()).isEqualTo(before);
		assertThat(RecordedSignalsHolder.current()).isNull();
	}

	@Test
	void theRecorderIsDisconnectedAndMutesAreLiftedAfterAFailingTest() {
		Map<String, Integer> before = receiverCounts();
		TestExecutionSummary summary = Samples.run(FailingSample.class);
		assertThat(Samples.failures(summary)).containsExactly("deliberate failure while post_save is muted");
		assertThat(receiverCounts()).isEqualTo(before);
		assertThat(this.registry.get(POST_SAVE).isMuted()).isFalse();
		assertThat(RecordedSignalsHolder.current()).isNull();
	}

	@Test
	void anInjectedRecordingUsedOutsideATestFailsClearly() {
		Samples.run(RecordingSample.class);
		assertThatIllegalStateException().isThrownBy(() -> RecordingSample.injected.all())
			.withMessageContaining("No signals are being recorded")
			.withMessageContaining("@RecordSignals");
	}

	@Test
	void recordingAndMutesLastUntilLaterListenersSuchAsTheTransactionalOneHaveFinished() {
		LaterListener.observed.clear();
		TestExecutionSummary summary = Samples.run(LaterListenerSample.class);
		assertThat(Samples.failures(summary)).isEmpty();
		assertThat(LaterListener.observed).containsExactly("before: muted=true, recorded=[]",
				"after: muted=true, recorded=[order_placed, order_placed]");
	}

	@Test
	void recordingInAContextWithoutTheSignalsAutoConfigurationFailsSayingWhatToAdd() {
		TestExecutionSummary summary = Samples.run(NoRegistrySample.class);
		assertThat(Samples.failures(summary)).singleElement().asString()
			.startsWith("@RecordSignals on " + NoRegistrySample.class.getName()
					+ " needs the SignalRegistry of the test's application context, but the context has no signals "
					+ "auto-configuration")
			.endsWith("add @AutoConfigureSignals to the test class");
	}

	@Test
	void recordingWithSignalsDisabledFailsNamingTheProperty() {
		TestExecutionSummary summary = Samples.run(DisabledSample.class);
		assertThat(Samples.failures(summary)).singleElement().asString()
			.startsWith("@RecordSignals on " + DisabledSample.class.getName()
					+ " needs the SignalRegistry of the test's application context, but the signals "
					+ "auto-configuration did not apply: ")
			.contains("signals.enabled");
	}

	private Map<String, Integer> receiverCounts() {
		return this.registry.signals()
			.stream()
			.collect(Collectors.toMap(Signal::name, (signal) -> signal.receivers().size()));
	}

	@SpringBootTest(classes = TestApplication.class)
	@RecordSignals
	@EnabledIf(Samples.LAUNCHED_ONLY)
	static class RecordingSample {

		static final List<Integer> receiversDuringTests = new CopyOnWriteArrayList<>();

		static RecordedSignals injected;

		@Autowired
		private OrderService orders;

		@Autowired
		private SignalRegistry registry;

		@Autowired
		private RecordedSignals recorded;

		@Test
		void first() {
			placeAndCheck();
		}

		@Test
		void second() {
			placeAndCheck();
		}

		private void placeAndCheck() {
			injected = this.recorded;
			receiversDuringTests.add(this.registry.get(ORDER_PLACED).receivers().size());
			assertThat(this.recorded).sentNothing();
			this.orders.place(new Order(1, false));
			assertThat(this.recorded).sent(ORDER_PLACED).once();
		}

	}

	@SpringBootTest(classes = TestApplication.class)
	@RecordSignals
	@EnabledIf(Samples.LAUNCHED_ONLY)
	static class FailingSample {

		@Autowired
		private OrderService orders;

		@Test
		@MuteSignals(POST_SAVE)
		void fails(RecordedSignals recorded) {
			this.orders.place(new Order(1, false));
			assertThat(recorded).sent(PRE_SAVE).once().sent(POST_SAVE).never();
			fail("deliberate failure while post_save is muted");
		}

	}

	/** Runs where Spring's TransactionalTestExecutionListener does, inside the recording and the mutes. */
	static class LaterListener extends AbstractTestExecutionListener {

		static final List<String> observed = new CopyOnWriteArrayList<>();

		@Override
		public int getOrder() {
			return 4000;
		}

		@Override
		public void beforeTestMethod(TestContext testContext) {
			observe(testContext, "before");
		}

		@Override
		public void afterTestMethod(TestContext testContext) {
			testContext.getApplicationContext().getBean(SignalRegistry.class).get(ORDER_PLACED).send("after");
			observe(testContext, "after");
		}

		private void observe(TestContext testContext, String phase) {
			SignalRegistry registry = testContext.getApplicationContext().getBean(SignalRegistry.class);
			observed.add(phase + ": muted=" + registry.get(PRE_SAVE).isMuted() + ", recorded="
					+ RecordedSignalsHolder.required().names());
		}

	}

	@SpringBootTest(classes = TestApplication.class)
	@RecordSignals
	@MuteSignals(PRE_SAVE)
	@TestExecutionListeners(listeners = LaterListener.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
	@EnabledIf(Samples.LAUNCHED_ONLY)
	static class LaterListenerSample {

		@Autowired
		private SignalRegistry registry;

		@Test
		void sends() {
			this.registry.get(ORDER_PLACED).send("test");
		}

	}

	@SpringJUnitConfig(NoRegistrySample.Empty.class)
	@RecordSignals
	@EnabledIf(Samples.LAUNCHED_ONLY)
	static class NoRegistrySample {

		@Test
		void neverRuns() {
			fail("runs without a signal registry");
		}

		@Configuration(proxyBeanMethods = false)
		static class Empty {

		}

	}

	@SpringBootTest(classes = DisabledSample.Application.class, properties = "signals.enabled=false")
	@RecordSignals
	@EnabledIf(Samples.LAUNCHED_ONLY)
	static class DisabledSample {

		@Test
		void neverRuns() {
			fail("runs with signals disabled");
		}

		@SpringBootConfiguration(proxyBeanMethods = false)
		@EnableAutoConfiguration
		static class Application {

		}

	}

}
