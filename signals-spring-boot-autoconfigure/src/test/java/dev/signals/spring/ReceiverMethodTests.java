package dev.signals.spring;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.signals.Response;
import dev.signals.Signal;
import dev.signals.SignalEvent;
import dev.signals.SignalException;
import dev.signals.SignalRegistry;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.spring.jpa.ModelSignals;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.aop.framework.autoproxy.BeanNameAutoProxyCreator;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.ApplicationContextAssert.Scope;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Binding and calling receiver methods, once for each {@link InvokerKind}: the reflective kind a
 * native image uses binds and fails exactly like the generated one.
 */
@ParameterizedClass
@EnumSource(InvokerKind.class)
class ReceiverMethodTests {

	private final InvokerKind invokers;

	private final ApplicationContextRunner runner;

	ReceiverMethodTests(InvokerKind invokers) {
		this.invokers = invokers;
		this.runner = withInvokers(new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class)))
			.withUserConfiguration(ShippedSignal.class)
			.withBean(Calls.class);
	}

	private ApplicationContextRunner withInvokers(ApplicationContextRunner runner) {
		return runner.withBean("signalsReceiverMethodProcessor", ReceiverMethodProcessor.class,
				() -> new ReceiverMethodProcessor(this.invokers));
	}

	@Test
	void parametersAreBoundByNameToSenderSignalAndArguments() {
		this.runner.withBean(Binding.class).run((context) -> {
			Signal shipped = shipped(context);
			shipped.send("shop", shipped.arguments("order", "A-1", "express", true));
			assertThat(calls(context)).containsExactly("shop order_shipped A-1 true");
		});
	}

	@Test
	void receiverIsCalledThroughAnInvokerOfTheContextsKind() {
		this.runner.withBean(Singleton.class).run((context) -> {
			ReceiverMethod receiver = context.getBean(ReceiverMethodProcessor.class).getReceivers().get(0);
			Object invoker = ReflectionTestUtils.getField(receiver, "invoker");
			assertThat(invoker).isInstanceOf((this.invokers == InvokerKind.REFLECTIVE) ? ReflectiveInvoker.class
					: MethodInvoker.class);
			assertThat(((MethodInvoker) invoker).isGenerated()).isEqualTo(this.invokers == InvokerKind.GENERATED);
		});
	}

	@Test
	void eventParameterGetsTheWholeEvent() {
		this.runner.withBean(WholeEvent.class).run((context) -> {
			Signal shipped = shipped(context);
			shipped.send("shop", shipped.arguments("order", "A-1"));
			assertThat(calls(context)).containsExactly("SignalEvent[signal=order_shipped, sender=shop, arguments={order=A-1}]");
		});
	}

	@Test
	void nonVoidReturnValueIsTheResponse() {
		this.runner.withBean(Labels.class).run((context) -> {
			Signal shipped = shipped(context);
			List<Response> responses = shipped.send(null, shipped.arguments("order", "A-1"));
			assertThat(responses).singleElement().satisfies((response) -> {
				assertThat(response.value()).isEqualTo("label for A-1");
				assertThat(response.receiver()).isInstanceOf(ReceiverMethod.class).hasToString("Labels#label");
			});
		});
	}

	@Test
	void returnedCompletableFutureIsRunToCompletionBySendAndItsResultIsTheResponse() {
		this.runner.withBean(FutureLabels.class).run((context) -> {
			Signal shipped = shipped(context);
			assertThat(shipped.send(null, shipped.arguments("order", "A-1"))).singleElement()
				.extracting(Response::value)
				.isEqualTo("label for A-1, later");
		});
	}

	@Test
	void receiversRunByOrderOnMethodOrBeanThenRegistrationOrder() {
		this.runner.withUserConfiguration(Unordered.class, OrderedBean.class, OrderedMethod.class, AlsoUnordered.class)
			.run((context) -> {
				Signal shipped = shipped(context);
				shipped.send(null, shipped.arguments("order", "A-1"));
				assertThat(calls(context)).containsExactly("method order -5", "bean order 1", "unordered b",
						"unordered z", "also unordered");
			});
	}

	@Test
	void beanImplementingOrderedIsOrderedByGetOrderOverItsClassAnnotation() {
		this.runner.withUserConfiguration(Unordered.class, OrderedBean.class, SelfOrdered.class).run((context) -> {
			Signal shipped = shipped(context);
			shipped.send(null, shipped.arguments("order", "A-1"));
			assertThat(calls(context)).containsExactly("self ordered -10", "bean order 1", "unordered b",
					"unordered z");
		});
	}

	@Test
	void receiverIsTheSingletonBeanNeverASecondInstance() {
		Singleton.instances.set(0);
		this.runner.withBean(Singleton.class).run((context) -> {
			Signal shipped = shipped(context);
			shipped.send(null, shipped.arguments("order", "A-1"));
			shipped.send(null, shipped.arguments("order", "A-2"));
			assertThat(Singleton.instances).hasValue(1);
			assertThat(context.getBean(Singleton.class).received).containsExactly("A-1", "A-2");
		});
	}

	@Test
	void metaAnnotatedMethodIsAReceiver() {
		this.runner.withBean(MetaAnnotated.class).run((context) -> {
			Signal shipped = shipped(context);
			shipped.send(null, shipped.arguments("order", "A-1"));
			assertThat(calls(context)).containsExactly("meta A-1");
		});
	}

	@Test
	void receiverOnClassProxyIsCalledThroughTheProxySoAdviceRuns() {
		assertCalledThroughClassProxy(ShippingListenerBean.class, "listener A-1");
	}

	@Test
	void packagePrivateReceiverOnClassProxyIsCalledThroughTheProxySoAdviceRuns() {
		assertCalledThroughClassProxy(PackagePrivateListener.class, "package-private A-1");
	}

	private void assertCalledThroughClassProxy(Class<?> listener, String call) {
		this.runner.withUserConfiguration(ProxyConfiguration.class)
			.withPropertyValues("test.proxy-target-class=true")
			.withBean("shippingListener", listener)
			.run((context) -> {
				assertThat(AopUtils.isCglibProxy(context.getBean("shippingListener"))).isTrue();
				Signal shipped = shipped(context);
				shipped.send(null, shipped.arguments("order", "A-1"));
				assertThat(calls(context)).containsExactly("advice before onShipped", call);
			});
	}

	@Test
	void receiverOnInterfaceProxyIsCalledThroughTheInterfaceMethod() {
		this.runner.withUserConfiguration(ProxyConfiguration.class)
			.withBean("shippingListener", ShippingListenerBean.class)
			.run((context) -> {
				assertThat(AopUtils.isJdkDynamicProxy(context.getBean("shippingListener"))).isTrue();
				Signal shipped = shipped(context);
				shipped.send(null, shipped.arguments("order", "A-1"));
				assertThat(calls(context)).containsExactly("advice before onShipped", "listener A-1");
			});
	}

	@Test
	void receiverMethodMissingFromTheInterfacesOfAJdkProxyFailsAtStartup() {
		this.runner.withUserConfiguration(ProxyConfiguration.class)
			.withBean("shippingListener", NotOnInterface.class)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(ReceiverDeclarationException.class)
				.hasMessage("Invalid @Receiver NotOnInterface#onExpress: the bean is a JDK interface proxy and the "
						+ "method is not declared on one of its interfaces; declare it on an interface or proxy the "
						+ "target class (spring.aop.proxy-target-class=true)"));
	}

	@Test
	void afterCommitReceiverRunsAtOnceWhenTheContextHasNoTransactionManager() {
		this.runner.withBean(AfterCommitWithoutTransactionManager.class).run((context) -> {
			Signal shipped = shipped(context);
			List<Response> responses = shipped.send(null, shipped.arguments("order", "A-1"));
			assertThat(calls(context)).containsExactly("after commit A-1");
			assertThat(responses).singleElement().extracting(Response::value).isNull();
		});
	}

	@Test
	void lazyReceiverBeanIsCreatedAtTheFirstSend() {
		LazyReceiver.instances.set(0);
		this.runner.withUserConfiguration(LazyConfiguration.class).run((context) -> {
			assertThat(LazyReceiver.instances).hasValue(0);
			Signal shipped = shipped(context);
			shipped.send(null, shipped.arguments("order", "A-1"));
			shipped.send(null, shipped.arguments("order", "A-2"));
			assertThat(LazyReceiver.instances).hasValue(1);
			assertThat(calls(context)).containsExactly("lazy A-1", "lazy A-2");
		});
	}

	@Test
	void receiversAreConnectedUnderGlobalLazyInitialization() {
		this.runner.withBean(LazyInitializationBeanFactoryPostProcessor.class)
			.withBean(Singleton.class)
			.run((context) -> {
				Signal shipped = shipped(context);
				shipped.send(null, shipped.arguments("order", "A-1"));
				assertThat(context.getBean(Singleton.class).received).containsExactly("A-1");
			});
	}

	@Test
	void receiverForOtherSenderIsNotCalled() {
		this.runner.withBean(OrderSaved.class).run((context) -> {
			Signal postSave = context.getBean(SignalRegistry.class).get(ModelSignals.POST_SAVE);
			postSave.send(Customer.class, postSave.arguments("instance", new Customer(), "created", true));
			assertThat(calls(context)).isEmpty();
			postSave.send(Purchase.class, postSave.arguments("instance", new Purchase(), "created", true));
			postSave.send(SpecialPurchase.class, postSave.arguments("instance", new SpecialPurchase(), "created", false));
			assertThat(calls(context)).containsExactly("saved Purchase created=true", "saved SpecialPurchase created=false");
		});
	}

	@Test
	void missingValueForPrimitiveParameterFailsNamingIt() {
		this.runner.withBean(Binding.class).run((context) -> {
			Signal shipped = shipped(context);
			assertThatExceptionOfType(IllegalArgumentException.class)
				.isThrownBy(() -> shipped.send("shop", shipped.arguments("order", "A-1")))
				.withMessage("Receiver Binding#onShipped of signal 'order_shipped' needs a value for its primitive "
						+ "parameter 'express', but the send gave none (sender shop); declare the parameter as Boolean "
						+ "to accept null");
		});
	}

	@Test
	void argumentOfWrongTypeFailsNamingParameterAndType() {
		this.runner.withBean(Binding.class).run((context) -> {
			Signal shipped = shipped(context);
			assertThatExceptionOfType(IllegalArgumentException.class)
				.isThrownBy(() -> shipped.send("shop", shipped.arguments("order", 42, "express", true)))
				.withMessage("Receiver Binding#onShipped of signal 'order_shipped' cannot take 'order' = "
						+ "java.lang.Integer (sender shop) in its parameter of type java.lang.String; widen the "
						+ "parameter type (Object takes every value) or restrict the receiver with @Receiver(sender = "
						+ "...); declaring the argument's type, Signal.arg(\"order\", Type.class), makes a wrong "
						+ "value fail its sender instead");
		});
	}

	@Test
	void argumentOfWrongTypeForAReceiverWithSendersIsNotToldToRestrictItsSenders() {
		this.runner.withBean(BindingForPurchases.class).run((context) -> {
			Signal shipped = shipped(context);
			assertThatExceptionOfType(IllegalArgumentException.class)
				.isThrownBy(() -> shipped.send(Purchase.class, shipped.arguments("order", 42)))
				.withMessage("Receiver BindingForPurchases#onShipped of signal 'order_shipped' cannot take 'order' = "
						+ "java.lang.Integer (sender class dev.signals.spring.ReceiverMethodTests$Purchase) in its "
						+ "parameter of type java.lang.String; widen the parameter type (Object takes every value); "
						+ "declaring the argument's type, Signal.arg(\"order\", Type.class), makes a wrong value fail "
						+ "its sender instead");
		});
	}

	@Test
	void checkedExceptionOfAReceiverNamesSignalAndReceiver() {
		this.runner.withBean(Failing.class).run((context) -> {
			Signal shipped = shipped(context);
			assertThatExceptionOfType(SignalException.class)
				.isThrownBy(() -> shipped.send(null, shipped.arguments("order", "A-1")))
				.withMessageStartingWith("Receiver Failing#fail of signal 'order_shipped' failed")
				.withCauseInstanceOf(IOException.class);
		});
	}

	@Test
	void castExceptionThrownByTheMethodItselfPropagatesUnchanged() {
		this.runner.withBean(Casting.class).run((context) -> {
			Signal shipped = shipped(context);
			assertThatExceptionOfType(ClassCastException.class)
				.isThrownBy(() -> shipped.send(null, shipped.arguments("order", "A-1")))
				.withMessageContaining("java.lang.String");
		});
	}

	@Test
	void throwableThatIsNoExceptionIsWrappedInUndeclaredThrowableException() {
		this.runner.withBean(Odd.class).run((context) -> {
			Signal shipped = shipped(context);
			assertThatExceptionOfType(UndeclaredThrowableException.class)
				.isThrownBy(() -> shipped.send(null, shipped.arguments("order", "A-1")))
				.withCauseInstanceOf(Odd.OddThrowable.class);
		});
	}

	@Test
	void voidMethodIsConnectedAsAPlainReceiverWhoseResponseNamesTheMethod() {
		this.runner.withBean(Binding.class).run((context) -> {
			Signal shipped = shipped(context);
			List<Response> responses = shipped.send("shop", shipped.arguments("order", "A-1", "express", true));
			assertThat(responses).singleElement().satisfies((response) -> {
				assertThat(response.value()).isNull();
				assertThat(response.receiver()).isInstanceOf(ReceiverMethod.class).hasToString("Binding#onShipped");
			});
			assertThat(shipped.receivers()).singleElement()
				.satisfies((info) -> assertThat(info.receiver()).isInstanceOf(ReceiverMethod.class));
		});
	}

	@Test
	void twoContextsAliveAtOnceNeverCallEachOthersReceivers() {
		this.runner.withBean(Singleton.class).run((first) -> this.runner.withBean(Singleton.class).run((second) -> {
			Signal firstShipped = shipped(first);
			Signal secondShipped = shipped(second);
			assertThat(firstShipped).isNotSameAs(secondShipped);
			firstShipped.send(null, firstShipped.arguments("order", "first"));
			secondShipped.send(null, secondShipped.arguments("order", "second"));
			assertThat(first.getBean(Singleton.class).received).containsExactly("first");
			assertThat(second.getBean(Singleton.class).received).containsExactly("second");
		}));
	}

	@Test
	void childContextConnectsItsReceiversToTheParentRegistryUntilItCloses() {
		this.runner.run((parent) -> {
			Signal shipped = shipped(parent);
			Singleton[] child = new Singleton[1];
			withInvokers(new ApplicationContextRunner()).withParent(parent)
				.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class))
				.withBean(Singleton.class)
				.run((context) -> {
					assertThat(context).doesNotHaveBean(SignalRegistry.class, Scope.NO_ANCESTORS);
					assertThat(context.getBean(SignalRegistry.class)).isSameAs(parent.getBean(SignalRegistry.class));
					child[0] = context.getBean(Singleton.class);
					shipped.send(null, shipped.arguments("order", "A-1"));
				});
			shipped.send(null, shipped.arguments("order", "A-2"));
			assertThat(child[0].received).containsExactly("A-1");
			assertThat(shipped.receivers()).isEmpty();
		});
	}

	@Test
	void closedContextLeavesNoReceiverConnected() {
		Signal[] signals = new Signal[2];
		this.runner.withBean(Singleton.class).withBean(OrderSaved.class).run((context) -> {
			signals[0] = shipped(context);
			signals[1] = context.getBean(SignalRegistry.class).get(ModelSignals.POST_SAVE);
			assertThat(signals[0].hasReceivers()).isTrue();
			assertThat(signals[1].receivers()).hasSize(1);
			assertThat(context.getBean(ReceiverMethodProcessor.class).getReceivers()).hasSize(2);
		});
		assertThat(signals[0].receivers()).isEmpty();
		assertThat(signals[1].receivers()).isEmpty();
	}

	private static Signal shipped(ConfigurableApplicationContext context) {
		return context.getBean(SignalRegistry.class).get("order_shipped");
	}

	private static List<String> calls(ConfigurableApplicationContext context) {
		return context.getBean(Calls.class).list;
	}

	static class Calls {

		final List<String> list = new CopyOnWriteArrayList<>();

	}

	@Configuration(proxyBeanMethods = false)
	static class ShippedSignal {

		@Bean
		Signal orderShipped() {
			return Signal.of("order_shipped", "order", "express");
		}

	}

	static class Binding {

		private final Calls calls;

		Binding(Calls calls) {
			this.calls = calls;
		}

		@Receiver(signal = "order_shipped")
		void onShipped(Object sender, Signal signal, String order, boolean express) {
			this.calls.list.add(sender + " " + signal.name() + " " + order + " " + express);
		}

	}

	static class WholeEvent {

		private final Calls calls;

		WholeEvent(Calls calls) {
			this.calls = calls;
		}

		@Receiver(signal = "order_shipped")
		void all(SignalEvent event) {
			this.calls.list.add(event.toString());
		}

	}

	static class FutureLabels {

		@Receiver(signal = "order_shipped")
		CompletableFuture<String> label(String order) {
			return CompletableFuture.supplyAsync(() -> "label for " + order + ", later");
		}

	}

	static class Labels {

		@Receiver(signal = "order_shipped")
		String label(String order) {
			return "label for " + order;
		}

	}

	static class Unordered {

		private final Calls calls;

		Unordered(Calls calls) {
			this.calls = calls;
		}

		@Receiver(signal = "order_shipped")
		void z() {
			this.calls.list.add("unordered z");
		}

		@Receiver(signal = "order_shipped")
		void b() {
			this.calls.list.add("unordered b");
		}

	}

	@Order(1)
	static class OrderedBean {

		private final Calls calls;

		OrderedBean(Calls calls) {
			this.calls = calls;
		}

		@Receiver(signal = "order_shipped")
		void onShipped() {
			this.calls.list.add("bean order 1");
		}

	}

	@Order(100)
	static class SelfOrdered implements Ordered {

		private final Calls calls;

		SelfOrdered(Calls calls) {
			this.calls = calls;
		}

		@Override
		public int getOrder() {
			return -10;
		}

		@Receiver(signal = "order_shipped")
		void onShipped() {
			this.calls.list.add("self ordered -10");
		}

	}

	static class OrderedMethod {

		private final Calls calls;

		OrderedMethod(Calls calls) {
			this.calls = calls;
		}

		@Order(-5)
		@Receiver(signal = "order_shipped")
		void onShipped() {
			this.calls.list.add("method order -5");
		}

	}

	static class AlsoUnordered {

		private final Calls calls;

		AlsoUnordered(Calls calls) {
			this.calls = calls;
		}

		@Receiver(signal = "order_shipped")
		void onShipped() {
			this.calls.list.add("also unordered");
		}

	}

	static class Singleton {

		static final AtomicInteger instances = new AtomicInteger();

		final List<String> received = new CopyOnWriteArrayList<>();

		Singleton() {
			instances.incrementAndGet();
		}

		@Receiver(signal = "order_shipped")
		void onShipped(String order) {
			this.received.add(order);
		}

	}

	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.METHOD)
	@Receiver(signal = "order_shipped")
	@interface OnShipped {

	}

	static class MetaAnnotated {

		private final Calls calls;

		MetaAnnotated(Calls calls) {
			this.calls = calls;
		}

		@OnShipped
		void onShipped(String order) {
			this.calls.list.add("meta " + order);
		}

	}

	public interface ShippingListener {

		void onShipped(String order);

	}

	static class BindingForPurchases {

		@Receiver(signal = "order_shipped", sender = Purchase.class)
		void onShipped(String order) {
		}

	}

	static class PackagePrivateListener {

		private final Calls calls;

		PackagePrivateListener(Calls calls) {
			this.calls = calls;
		}

		@Receiver(signal = "order_shipped")
		void onShipped(String order) {
			this.calls.list.add("package-private " + order);
		}

	}

	static class ShippingListenerBean implements ShippingListener {

		private final Calls calls;

		ShippingListenerBean(Calls calls) {
			this.calls = calls;
		}

		@Override
		@Receiver(signal = "order_shipped")
		public void onShipped(String order) {
			this.calls.list.add("listener " + order);
		}

	}

	static class NotOnInterface implements ShippingListener {

		@Override
		public void onShipped(String order) {
		}

		@Receiver(signal = "order_shipped")
		public void onExpress(String order) {
		}

	}

	static class AfterCommitWithoutTransactionManager {

		private final Calls calls;

		AfterCommitWithoutTransactionManager(Calls calls) {
			this.calls = calls;
		}

		@Receiver(signal = "order_shipped", phase = dev.signals.spring.Phase.AFTER_COMMIT)
		String onShipped(String order) {
			this.calls.list.add("after commit " + order);
			return "ignored";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ProxyConfiguration {

		@Bean
		static BeanNameAutoProxyCreator proxyCreator(org.springframework.core.env.Environment environment) {
			BeanNameAutoProxyCreator creator = new BeanNameAutoProxyCreator();
			creator.setBeanNames("shippingListener");
			creator.setInterceptorNames("recordingAdvice");
			creator.setProxyTargetClass(environment.getProperty("test.proxy-target-class", Boolean.class, false));
			return creator;
		}

		@Bean
		MethodInterceptor recordingAdvice(Calls calls) {
			return (invocation) -> {
				calls.list.add("advice before " + invocation.getMethod().getName());
				return invocation.proceed();
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class LazyConfiguration {

		@Bean
		@Lazy
		LazyReceiver lazyReceiver(Calls calls) {
			return new LazyReceiver(calls);
		}

	}

	static class LazyReceiver {

		static final AtomicInteger instances = new AtomicInteger();

		private final Calls calls;

		LazyReceiver(Calls calls) {
			this.calls = calls;
			instances.incrementAndGet();
		}

		@Receiver(signal = "order_shipped")
		void onShipped(String order) {
			this.calls.list.add("lazy " + order);
		}

	}

	static class Purchase {

	}

	static class SpecialPurchase extends Purchase {

	}

	static class Customer {

	}

	static class OrderSaved {

		private final Calls calls;

		OrderSaved(Calls calls) {
			this.calls = calls;
		}

		@Receiver(signal = ModelSignals.POST_SAVE, sender = Purchase.class, includeSubclasses = true)
		void onSaved(Purchase instance, boolean created, Class<?> sender) {
			this.calls.list.add("saved " + sender.getSimpleName() + " created=" + created);
		}

	}

	static class Casting {

		@Receiver(signal = "order_shipped")
		void cast(Object order) {
			Integer number = (Integer) order;
			throw new IllegalStateException("not reached with " + number);
		}

	}

	static class Odd {

		@Receiver(signal = "order_shipped")
		void odd() throws OddThrowable {
			throw new OddThrowable();
		}

		static class OddThrowable extends Throwable {

		}

	}

	static class Failing {

		@Receiver(signal = "order_shipped")
		void fail() throws IOException {
			throw new IOException("disk full");
		}

	}

}
