package dev.signals.autoconfigure.metrics;

import java.time.Duration;

import dev.signals.Signal;
import dev.signals.SignalRegistry;
import dev.signals.autoconfigure.BuiltInSignals;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.spring.LateReceivers;
import dev.signals.spring.Receiver;
import dev.signals.spring.jpa.ModelSignals;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.RequiredSearch;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SignalMetricsTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class, SignalsMetricsAutoConfiguration.class))
		.withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new);

	@Test
	void everySignalHasASendTimerBeforeItsFirstSend() {
		this.runner.run((context) -> {
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			for (Signal signal : BuiltInSignals.definitions()) {
				assertThat(meters.get(SignalMetrics.SEND).tag("signal", signal.name()).timer().count()).isZero();
			}
		});
	}

	@Test
	void sendsThatCallAReceiverAreTimedPerSignal() {
		this.runner.run((context) -> {
			Signal postSave = signal(context, ModelSignals.POST_SAVE);
			postSave.connect((event) -> null);
			postSave.send(this);
			postSave.send(this);
			signal(context, ModelSignals.POST_DELETE).send(this);
			assertThat(send(context, ModelSignals.POST_SAVE).timer().count()).isEqualTo(2);
			assertThat(send(context, ModelSignals.POST_SAVE).timer().totalTime(java.util.concurrent.TimeUnit.NANOSECONDS))
				.isPositive();
			assertThat(send(context, ModelSignals.POST_DELETE).timer().count()).isZero();
		});
	}

	@Test
	void signalRegisteredAfterStartupIsTimedToo() {
		this.runner.run((context) -> {
			Signal late = context.getBean(SignalRegistry.class).define("late_signal");
			late.connect((event) -> null);
			late.send(this);
			assertThat(send(context, "late_signal").timer().count()).isEqualTo(1);
		});
	}

	@Test
	void failuresOfReceiverMethodsAreTaggedWithTheMethodAndOthersAsProgrammatic() {
		this.runner.withUserConfiguration(FailingReceivers.class).run((context) -> {
			Signal postSave = signal(context, ModelSignals.POST_SAVE);
			postSave.connect((event) -> {
				throw new IllegalStateException("programmatic failure");
			});
			postSave.sendRobust(this, postSave.arguments());
			postSave.sendRobust(this, postSave.arguments());
			assertThat(failures(context, ModelSignals.POST_SAVE, "FailingReceiversBean#fail").counter().count()).isEqualTo(2);
			assertThat(failures(context, ModelSignals.POST_SAVE, SignalMetrics.PROGRAMMATIC).counter().count())
				.isEqualTo(2);
		});
	}

	@Test
	void failuresOfDeferredAndAsyncReceiversAreCounted() {
		this.runner.withUserConfiguration(LateReceivers.class).run((context) -> {
			Signal postDelete = signal(context, ModelSignals.POST_DELETE);
			postDelete.send(this);
			// no transaction is active, so the AFTER_COMMIT receiver ran at once and its failure was logged
			assertThat(failures(context, ModelSignals.POST_DELETE, "LateReceivers#afterCommit").counter().count())
				.isEqualTo(1);
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(
						failures(context, ModelSignals.POST_DELETE, "LateReceivers#inBackground").counter().count())
					.isEqualTo(1));
		});
	}

	@Test
	void metricsEnabledFalseRecordsNothing() {
		this.runner.withPropertyValues("signals.metrics.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(SignalMetrics.class);
			assertThat(context.getBean(MeterRegistry.class).find(SignalMetrics.SEND).timers()).isEmpty();
		});
	}

	@Test
	void backsOffWithoutAMeterRegistryBean() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(SignalsAutoConfiguration.class, SignalsMetricsAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(SignalMetrics.class));
	}

	@Test
	void backsOffWithoutMicrometer() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(SignalsAutoConfiguration.class, SignalsMetricsAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader("io.micrometer.core"))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(SignalRegistry.class)
				.doesNotHaveBean(SignalMetrics.class));
	}

	@Test
	void backsOffWhenSignalsAreDisabled() {
		this.runner.withPropertyValues("signals.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(SignalMetrics.class));
	}

	@Test
	void closedContextStopsRecording() {
		SignalRegistry registry = BuiltInSignals.registry();
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(SignalsAutoConfiguration.class, SignalsMetricsAutoConfiguration.class))
			.withBean(SignalRegistry.class, () -> registry)
			.withBean(SimpleMeterRegistry.class, () -> meters, (definition) -> definition.setDestroyMethodName(""))
			.run((context) -> assertThat(context).hasSingleBean(SignalMetrics.class));
		assertThat(meters.isClosed()).isFalse();
		Signal postSave = registry.get(ModelSignals.POST_SAVE);
		postSave.connect((event) -> null);
		postSave.send(this);
		assertThat(meters.get(SignalMetrics.SEND).tag("signal", ModelSignals.POST_SAVE).timer().count()).isZero();
	}

	private static Signal signal(AssertableApplicationContext context, String name) {
		return context.getBean(SignalRegistry.class).get(name);
	}

	private static RequiredSearch send(AssertableApplicationContext context, String signal) {
		return context.getBean(MeterRegistry.class).get(SignalMetrics.SEND).tag("signal", signal);
	}

	private static RequiredSearch failures(AssertableApplicationContext context, String signal, String receiver) {
		return context.getBean(MeterRegistry.class)
			.get(SignalMetrics.FAILURES)
			.tag("signal", signal)
			.tag("receiver", receiver);
	}

	@Configuration(proxyBeanMethods = false)
	@Import(FailingReceiversBean.class)
	static class FailingReceivers {

	}

	static class FailingReceiversBean {

		@Receiver(signal = ModelSignals.POST_SAVE)
		public void fail() {
			throw new IllegalStateException("receiver method failure");
		}

	}

}
