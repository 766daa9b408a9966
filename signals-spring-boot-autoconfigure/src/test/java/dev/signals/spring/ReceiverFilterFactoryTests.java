package dev.signals.spring;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

import dev.signals.Signal;
import dev.signals.SignalEvent;
import dev.signals.SignalRegistry;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bridge's {@link ReceiverFilterFactory} narrows the sends that reach the {@code @Receiver}
 * methods carrying its annotation, and rejects wrong declarations at startup.
 */
class ReceiverFilterFactoryTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class))
		.withUserConfiguration(Shipping.class);

	@Test
	void filteredReceiverIsCalledOnlyForTheSendsItsFilterAccepts() {
		this.runner.withUserConfiguration(ExpressOnly.class).run((context) -> {
			Signal shipped = context.getBean(SignalRegistry.class).get("order_shipped");
			shipped.send(this, shipped.arguments("carrier", "post"));
			shipped.send(this, shipped.arguments("carrier", "express"));
			assertThat(context.getBean(ExpressOnly.class).filtered).containsExactly("express");
			assertThat(context.getBean(ExpressOnly.class).all).containsExactly("post", "express");
		});
	}

	@Test
	void asyncReceiverIsHandedOverOnlyForTheSendsItsFilterAccepts() {
		List<Runnable> handedOver = new CopyOnWriteArrayList<>();
		this.runner.withUserConfiguration(AsyncExpressOnly.class)
			.withBean(Executor.class, () -> handedOver::add)
			.run((context) -> {
				Signal shipped = context.getBean(SignalRegistry.class).get("order_shipped");
				shipped.send(this, shipped.arguments("carrier", "post"));
				shipped.send(this, shipped.arguments("carrier", "express"));
				assertThat(handedOver).hasSize(1);
				handedOver.forEach(Runnable::run);
				assertThat(context.getBean(AsyncExpressOnly.class).received).containsExactly("express");
			});
	}

	@Test
	void declarationTheFactoryRejectsFailsTheStartWithItsMessage() {
		this.runner.withUserConfiguration(UnknownCarrier.class)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(ReceiverDeclarationException.class)
				.hasMessage("Invalid @Receiver UnknownCarrier#onShipped: @Carrier(\"pigeon\") is no carrier of "
						+ "signal 'order_shipped'; name post or express"));
	}

	@Test
	void annotationOnAMethodThatIsNoReceiverFailsTheStart() {
		this.runner.withUserConfiguration(CarrierWithoutReceiver.class)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(ReceiverDeclarationException.class)
				.hasMessage("Invalid @Receiver CarrierWithoutReceiver#onShipped: it is annotated @Carrier, which "
						+ "narrows the sends a @Receiver method receives, but it is not a @Receiver method; add "
						+ "@Receiver(signal = ...) or remove @Carrier"));
	}

	@Test
	void filteredReceiverOfASignalConnectedAheadFailsTheStart() {
		this.runner.withUserConfiguration(ExpressOnly.class, ConnectsAhead.class)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(ReceiverDeclarationException.class)
				.hasMessage("Invalid @Receiver ExpressOnly#onShipped: signal 'order_shipped' is sent while the "
						+ "context starts, so its receivers are connected before any annotation that narrows which "
						+ "sends reach them can take effect; remove that annotation"));
	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@interface Carrier {

		String value();

	}

	/** What a bridge contributes: a filter of sends by their carrier argument. */
	static class CarrierFilters implements ReceiverFilterFactory<Carrier> {

		@Override
		public Class<Carrier> annotationType() {
			return Carrier.class;
		}

		@Override
		public @Nullable Predicate<SignalEvent> filter(Carrier annotation, String description, Method method,
				Signal signal, Receiver receiver) {
			if (!List.of("post", "express").contains(annotation.value())) {
				throw new ReceiverDeclarationException(description, "@Carrier(\"" + annotation.value()
						+ "\") is no carrier of signal '" + signal.name() + "'; name post or express");
			}
			return (event) -> annotation.value().equals(event.get("carrier"));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Shipping {

		@Bean
		Signal orderShipped() {
			return Signal.of("order_shipped", "carrier");
		}

		@Bean
		CarrierFilters carrierFilters() {
			return new CarrierFilters();
		}

	}

	static class ExpressOnly {

		final List<Object> filtered = new CopyOnWriteArrayList<>();

		final List<Object> all = new CopyOnWriteArrayList<>();

		@Receiver(signal = "order_shipped")
		@Carrier("express")
		void onShipped(Object carrier) {
			this.filtered.add(carrier);
		}

		@Receiver(signal = "order_shipped")
		void onAnyShipped(Object carrier) {
			this.all.add(carrier);
		}

	}

	static class AsyncExpressOnly {

		final List<Object> received = new CopyOnWriteArrayList<>();

		@Receiver(signal = "order_shipped", async = true)
		@Carrier("express")
		void onShipped(Object carrier) {
			this.received.add(carrier);
		}

	}

	static class UnknownCarrier {

		@Receiver(signal = "order_shipped")
		@Carrier("pigeon")
		void onShipped() {
		}

	}

	static class CarrierWithoutReceiver {

		@Carrier("post")
		void onShipped() {
		}

	}

	/** Connects the receivers of order_shipped ahead, as a bridge does for a signal sent while the context starts. */
	static class ConnectsAhead implements InitializingBean {

		private final ObjectProvider<ReceiverMethodProcessor> processor;

		ConnectsAhead(ObjectProvider<ReceiverMethodProcessor> processor) {
			this.processor = processor;
		}

		@Override
		public void afterPropertiesSet() {
			this.processor.getObject().connectAhead("order_shipped");
		}

	}

}
