package dev.signals.spring;

import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import dev.signals.ReceiverInfo;
import dev.signals.Signal;
import dev.signals.SignalRegistry;
import dev.signals.autoconfigure.BuiltInSignals;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.spring.jpa.ModelSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** Each wrong declaration stops the context with one message naming the method, the problem and the fix. */
class ReceiverDeclarationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class))
		.withUserConfiguration(ShippedSignal.class);

	@Test
	void unknownSignalNameNamesTheClosestKnownOne() {
		assertStartupFails(UnknownSignal.class, "Invalid @Receiver UnknownSignal#onSaved: unknown signal 'post_sav'; "
				+ "did you mean 'post_save'? Known signals: [post_init, pre_save, post_save, pre_delete, post_delete, "
				+ "m2m_changed, request_started, request_finished, got_request_exception, pre_migrate, post_migrate, "
				+ "connection_created, order_shipped]. Fix the name, "
				+ "or declare the signal as a Signal bean (Signal.of(\"post_sav\", ...))");
	}

	@Test
	void parameterThatIsNoArgumentListsTheArguments() {
		assertStartupFails(WrongParameterName.class, "Invalid @Receiver WrongParameterName#onShipped: parameter "
				+ "'orderId' is not an argument of signal 'order_shipped'. Its parameters can be [sender, signal, order, "
				+ "express], or a SignalEvent for the whole event; rename the parameter");
	}

	@Test
	void instanceTypeThatCanNeverMatchTheSenderFails() {
		assertStartupFails(WrongInstanceType.class, "Invalid @Receiver WrongInstanceType#onSaved: parameter "
				+ "'instance' is a Customer, but signal 'post_save' from sender Order sends an instance of Order, so it can never "
				+ "match; declare it as Order (or a supertype) or fix @Receiver(sender = ...)");
	}

	@Test
	void senderParameterThatCannotHoldTheSenderClassFails() {
		assertStartupFails(WrongSenderType.class, "Invalid @Receiver WrongSenderType#onSaved: parameter 'sender' is a "
				+ "java.lang.String, but with sender = [Order] the sender is a Class; declare it as Class<?>");
	}

	@Test
	void staticMethodFails() {
		assertStartupFails(StaticReceiver.class, "Invalid @Receiver StaticReceiver#onShipped: the method is static, "
				+ "but receivers are called on their bean; make it an instance method");
	}

	@Test
	void privateMethodFails() {
		assertStartupFails(PrivateReceiver.class, "Invalid @Receiver PrivateReceiver#onShipped: the method is "
				+ "private, so it cannot be called through the bean's proxy; make it package-private (no modifier) or "
				+ "public");
	}

	@Test
	void dispatchUidUsedByTwoReceiversOfOneSignalFails() {
		this.runner.withUserConfiguration(FirstAudit.class, SecondAudit.class)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(ReceiverDeclarationException.class)
				.hasMessage("Invalid @Receiver SecondAudit#audit: dispatchUid 'audit' is also used by FirstAudit#audit "
						+ "on signal 'order_shipped'; a dispatch uid identifies one receiver of a signal: give each its "
						+ "own uid"));
	}

	@Test
	void includeSubclassesWithoutSenderFails() {
		assertStartupFails(SubclassesOfNothing.class, "Invalid @Receiver SubclassesOfNothing#onSaved: "
				+ "includeSubclasses = true needs sender classes; add sender = ... or remove includeSubclasses");
	}

	@Test
	void asyncBeforeCommitFails() {
		assertStartupFails(AsyncBeforeCommit.class, "Invalid @Receiver AsyncBeforeCommit#onShipped: async = true "
				+ "cannot run inside the transaction that phase BEFORE_COMMIT is about; remove async or use phase "
				+ "AFTER_COMMIT");
	}

	@Test
	void asyncWithoutExecutorFails() {
		assertStartupFails(AsyncReceiver.class, "Invalid @Receiver AsyncReceiver#onShipped: it is async, but the "
				+ "context has no task executor: no bean named 'applicationTaskExecutor' and no single Executor bean. "
				+ "Let Spring Boot's TaskExecutionAutoConfiguration define one, or define a single Executor bean");
	}

	@Test
	void parameterNamesMissingExplainsHowToCompile(@TempDir Path dir) throws Exception {
		Class<?> compiled = compileWithoutParameters(dir);
		this.runner.withBean(compiled.getName(), Object.class, () -> newInstance(compiled))
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(ReceiverDeclarationException.class)
				.hasMessage("Invalid @Receiver NoParameterNames#onShipped: its parameter names are not in the class "
						+ "file (compiled without -parameters), so they cannot be bound to the arguments of signal "
						+ "'order_shipped'. Compile with -parameters (maven-compiler-plugin "
						+ "<parameters>true</parameters>, Gradle options.compilerArgs << '-parameters'; Spring Boot's "
						+ "parent POM and plugin set it), or take a single SignalEvent parameter"));
	}

	@Test
	void signalParameterOfAnotherTypeFails() {
		assertStartupFails(WrongSignalType.class, "Invalid @Receiver WrongSignalType#onShipped: parameter 'signal' is a "
				+ "java.lang.String, but it receives the dev.signals.Signal being sent; declare it as Signal");
	}

	@Test
	void receiverNamingNoSignalFails() {
		assertStartupFails(NoSignal.class, "Invalid @Receiver NoSignal#onAnything: it names no signal; give "
				+ "@Receiver(signal = ...) at least one signal name");
	}

	@Test
	void phaseWithoutSpringTxFailsSayingWhatToAdd() {
		this.runner.withClassLoader(new FilteredClassLoader("org.springframework.transaction"))
			.withUserConfiguration(AfterCommitReceiver.class)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(ReceiverDeclarationException.class)
				.hasMessage("Invalid @Receiver AfterCommitReceiver#onShipped: phase AFTER_COMMIT needs Spring's "
						+ "transaction support, but spring-tx is not on the classpath; add "
						+ "org.springframework:spring-tx (any Spring Data or JDBC starter brings it) or use phase "
						+ "IMMEDIATE"));
	}

	@Test
	void failingDeclarationAmongValidOnesConnectsNone() {
		SignalRegistry shared = registryWithShipped();
		this.runner.withBean(SignalRegistry.class, () -> shared)
			.withUserConfiguration(ValidReceiver.class, UnknownSignal.class)
			.run((context) -> assertThat(context).hasFailed());
		assertThat(shared.signals()).allSatisfy((signal) -> assertThat(signal.receivers()).isEmpty());
	}

	@Test
	void dispatchUidAlreadyConnectedToAParentRegistryFailsTheChildAndLeavesTheParentAsItWas() {
		this.runner.withUserConfiguration(FirstAudit.class).run((parent) -> {
			SignalRegistry registry = parent.getBean(SignalRegistry.class);
			List<Signal> signals = registry.signals();
			List<ReceiverInfo> receivers = registry.get("order_shipped").receivers();
			childRunner(parent).withUserConfiguration(ValidReceiver.class, SecondAudit.class)
				.run((child) -> assertThat(child).getFailure()
					.isInstanceOf(ReceiverDeclarationException.class)
					.hasMessage("Invalid @Receiver SecondAudit#audit: dispatchUid 'audit' is already connected to "
							+ "signal 'order_shipped' for sender null; give this receiver another uid"));
			assertThat(registry.signals()).isEqualTo(signals);
			assertThat(registry.get("order_shipped").receivers()).isEqualTo(receivers);
		});
	}

	@Test
	void failingChildContextLeavesNoSignalBeanOrReceiverInTheParentRegistry() {
		this.runner.run((parent) -> {
			SignalRegistry registry = parent.getBean(SignalRegistry.class);
			List<Signal> signals = registry.signals();
			childRunner(parent).withUserConfiguration(ChildSignal.class, ChildReceiver.class, UnknownSignal.class)
				.run((child) -> assertThat(child).hasFailed());
			assertThat(registry.signals()).isEqualTo(signals);
			assertThat(registry.signals()).allSatisfy((signal) -> assertThat(signal.receivers()).isEmpty());
		});
	}

	@Test
	void closedChildContextTakesItsSignalBeansOutOfTheParentRegistryAndCanStartAgain() {
		this.runner.run((parent) -> {
			SignalRegistry registry = parent.getBean(SignalRegistry.class);
			List<Signal> signals = registry.signals();
			for (int i = 0; i < 2; i++) {
				childRunner(parent).withUserConfiguration(ChildSignal.class, ChildReceiver.class).run((child) -> {
					assertThat(child).hasNotFailed();
					assertThat(registry.get("child_event").receivers()).hasSize(1);
				});
				assertThat(registry.signals()).isEqualTo(signals);
			}
		});
	}

	private static ApplicationContextRunner childRunner(ConfigurableApplicationContext parent) {
		return new ApplicationContextRunner().withParent(parent)
			.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class));
	}

	private static SignalRegistry registryWithShipped() {
		SignalRegistry registry = BuiltInSignals.registry();
		registry.register(new ShippedSignal().orderShipped());
		return registry;
	}

	private void assertStartupFails(Class<?> receiverClass, String message) {
		this.runner.withUserConfiguration(receiverClass)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(ReceiverDeclarationException.class)
				.hasMessage(message));
	}

	private static Class<?> compileWithoutParameters(Path dir) throws Exception {
		String source = """
				package generated;
				public class NoParameterNames {
					@dev.signals.spring.Receiver(signal = "order_shipped")
					public void onShipped(Object order, boolean express) {
					}
				}
				""";
		SimpleJavaFileObject file = new SimpleJavaFileObject(URI.create("string:///generated/NoParameterNames.java"),
				SimpleJavaFileObject.Kind.SOURCE) {
			@Override
			public CharSequence getCharContent(boolean ignoreEncodingErrors) {
				return source;
			}
		};
		String core = Path.of(Receiver.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		boolean ok = compiler
			.getTask(null, null, null, List.of("-classpath", core, "-d", dir.toString(), "--release", "17"), null,
					List.of(file))
			.call();
		assertThat(ok).isTrue();
		assertThat(Files.exists(dir.resolve("generated/NoParameterNames.class"))).isTrue();
		URLClassLoader loader = new URLClassLoader(new URL[] { dir.toUri().toURL() },
				ReceiverDeclarationTests.class.getClassLoader());
		return loader.loadClass("generated.NoParameterNames");
	}

	private static Object newInstance(Class<?> type) {
		try {
			return type.getConstructor().newInstance();
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class ShippedSignal {

		@Bean
		Signal orderShipped() {
			return Signal.of("order_shipped", "order", "express");
		}

	}

	static class Order {

	}

	static class Customer {

	}

	static class UnknownSignal {

		@Receiver(signal = "post_sav")
		void onSaved(Object instance) {
		}

	}

	static class WrongParameterName {

		@Receiver(signal = "order_shipped")
		void onShipped(String orderId) {
		}

	}

	static class WrongInstanceType {

		@Receiver(signal = ModelSignals.POST_SAVE, sender = Order.class)
		void onSaved(Customer instance) {
		}

		/** What the JPA bridge declares of the model signals, with {@code Order} as the only entity. */
		@Bean
		SignalSenders orderEntity() {
			return new SignalSenders() {

				@Override
				public Set<String> signalNames() {
					return Set.of(ModelSignals.POST_SAVE);
				}

				@Override
				public Set<String> instanceSignals() {
					return Set.of(ModelSignals.POST_SAVE);
				}

				@Override
				public Set<Class<?>> senders() {
					return Set.of(Order.class);
				}

				@Override
				public String description() {
					return "the entity classes of this application";
				}

			};
		}

	}

	static class WrongSenderType {

		@Receiver(signal = ModelSignals.POST_SAVE, sender = Order.class)
		void onSaved(String sender) {
		}

	}

	static class StaticReceiver {

		@Receiver(signal = "order_shipped")
		static void onShipped() {
		}

	}

	static class PrivateReceiver {

		@Receiver(signal = "order_shipped")
		private void onShipped() {
		}

	}

	static class FirstAudit {

		@Receiver(signal = "order_shipped", dispatchUid = "audit")
		void audit() {
		}

	}

	static class SecondAudit {

		@Receiver(signal = "order_shipped", dispatchUid = "audit")
		void audit() {
		}

	}

	static class SubclassesOfNothing {

		@Receiver(signal = ModelSignals.POST_SAVE, includeSubclasses = true)
		void onSaved() {
		}

	}

	static class AsyncBeforeCommit {

		@Receiver(signal = "order_shipped", phase = dev.signals.spring.Phase.BEFORE_COMMIT, async = true)
		void onShipped() {
		}

	}

	static class AsyncReceiver {

		@Receiver(signal = "order_shipped", async = true)
		void onShipped() {
		}

	}

	static class WrongSignalType {

		@Receiver(signal = "order_shipped")
		void onShipped(String signal) {
		}

	}

	static class NoSignal {

		@Receiver(signal = {})
		void onAnything() {
		}

	}

	static class AfterCommitReceiver {

		@Receiver(signal = "order_shipped", phase = dev.signals.spring.Phase.AFTER_COMMIT)
		void onShipped() {
		}

	}

	static class ValidReceiver {

		@Receiver(signal = "order_shipped")
		void onShipped(Object order) {
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ChildSignal {

		@Bean
		Signal childEvent() {
			return Signal.of("child_event", "detail");
		}

	}

	static class ChildReceiver {

		@Receiver(signal = "child_event")
		void onChildEvent(String detail) {
		}

	}

}
