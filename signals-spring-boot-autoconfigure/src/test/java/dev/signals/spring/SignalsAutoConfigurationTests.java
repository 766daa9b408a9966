package dev.signals.spring;

import java.util.List;

import dev.signals.Signal;
import dev.signals.SignalRegistry;
import dev.signals.autoconfigure.BuiltInSignals;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.spring.jpa.ModelSignals;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.TransactionExecutionListener;

import static org.assertj.core.api.Assertions.assertThat;

class SignalsAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class));

	@Test
	void registryHoldsTheBuiltInSignals() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(SignalRegistry.class)
				.hasSingleBean(ReceiverMethodProcessor.class)
				.hasSingleBean(TransactionExecutionListener.class);
			assertThat(context.getBean(SignalRegistry.class).signals()).extracting(Signal::name)
				.containsAll(BuiltInSignals.definitions().stream().map(Signal::name).toList());
		});
	}

	@Test
	void eachBridgeDeclaresDjangosArgumentsOnce() {
		List<Signal> builtIns = BuiltInSignals.definitions();
		assertThat(builtIns).extracting(Signal::name)
			.containsExactly("post_init", "pre_save", "post_save", "pre_delete", "post_delete", "m2m_changed",
					"request_started", "request_finished", "got_request_exception", "pre_migrate", "post_migrate",
					"connection_created");
		assertThat(builtIns.get(2).argumentNames()).containsExactly("instance", "created", "raw", "using",
				"updateFields", "previousValues");
		assertThat(builtIns.get(2).argumentType("created")).isEqualTo(Boolean.class);
		assertThat(builtIns.get(5).argumentNames()).containsExactly("instance", "action", "reverse", "model", "pkSet",
				"using", "relation");
		assertThat(builtIns.get(9).argumentNames()).containsExactly("using", "plan", "tool");
		assertThat(builtIns.get(11).argumentNames()).containsExactly("connection", "using");
	}

	@Test
	void signalBeansJoinTheRegistryUnderTheirName() {
		this.runner.withUserConfiguration(CustomSignal.class).run((context) -> {
			SignalRegistry registry = context.getBean(SignalRegistry.class);
			assertThat(registry.get("order_shipped")).isSameAs(context.getBean("orderShipped"));
		});
	}

	@Test
	void signalsEnabledFalseTurnsTheStarterOff() {
		this.runner.withPropertyValues("signals.enabled=false")
			.withUserConfiguration(ImmediateReceiver.class)
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(SignalRegistry.class)
				.doesNotHaveBean(ReceiverMethodProcessor.class));
	}

	@Test
	void backsOffWithoutSignalsCore() {
		this.runner.withClassLoader(new FilteredClassLoader(SignalRegistry.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(SignalRegistry.class)
				.doesNotHaveBean(ReceiverMethodProcessor.class));
	}

	@Test
	void userRegistryReplacesOursAndSignalBeansStillJoinIt() {
		this.runner.withUserConfiguration(OwnRegistry.class, CustomSignal.class).run((context) -> {
			SignalRegistry registry = context.getBean(SignalRegistry.class);
			assertThat(registry).isSameAs(context.getBean("ownRegistry"));
			assertThat(registry.find(ModelSignals.POST_SAVE)).isEmpty();
			assertThat(registry.get("order_shipped")).isSameAs(context.getBean("orderShipped"));
		});
	}

	@Test
	void withoutSpringTxImmediateReceiversStillWork() {
		this.runner.withClassLoader(new FilteredClassLoader("org.springframework.transaction"))
			.withUserConfiguration(CustomSignal.class, ImmediateReceiver.class)
			.run((context) -> {
				assertThat(context).doesNotHaveBean("signalsCommitPhaseListener");
				Signal shipped = context.getBean(SignalRegistry.class).get("order_shipped");
				shipped.send(null, shipped.arguments("order", "A-1"));
				assertThat(context.getBean(ImmediateReceiver.class).received).containsExactly("A-1");
			});
	}

	@Test
	void withoutSpringTxATransactionPhaseFailsAtStartupExplainingWhy() {
		this.runner.withClassLoader(new FilteredClassLoader("org.springframework.transaction"))
			.withUserConfiguration(CustomSignal.class, AfterCommitReceiver.class)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(ReceiverDeclarationException.class)
				.hasMessage("Invalid @Receiver AfterCommitReceiver#onShipped: phase AFTER_COMMIT needs Spring's "
						+ "transaction support, but spring-tx is not on the classpath; add "
						+ "org.springframework:spring-tx (any Spring Data or JDBC starter brings it) or use phase IMMEDIATE"));
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomSignal {

		@Bean
		Signal orderShipped() {
			return Signal.of("order_shipped", "order");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnRegistry {

		@Bean
		SignalRegistry ownRegistry() {
			return new SignalRegistry();
		}

	}

	static class ImmediateReceiver {

		final List<Object> received = new java.util.concurrent.CopyOnWriteArrayList<>();

		@Receiver(signal = "order_shipped")
		void onShipped(Object order) {
			this.received.add(order);
		}

	}

	static class AfterCommitReceiver {

		@Receiver(signal = "order_shipped", phase = Phase.AFTER_COMMIT)
		void onShipped(Object order) {
		}

	}

}
