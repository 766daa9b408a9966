package dev.signals.spring.readme;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.signals.Signal;
import dev.signals.spring.Receiver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static dev.signals.Signal.arg;

/** The receivers guide's custom signal with declared argument types, and its receiver. */
@Configuration(proxyBeanMethods = false)
class Shipping {

	final List<String> shipped = new CopyOnWriteArrayList<>();

	@Bean
	Signal orderShipped() {
		return Signal.of("order_shipped", arg("order", Order.class), arg("trackingNumber", String.class));
	}

	@Receiver(signal = "order_shipped")
	void onShipped(Order order, String trackingNumber) {
		this.shipped.add(order.number() + " " + trackingNumber);
	}

	record Order(String number) {

	}

	/** A receiver whose parameter no value of the signal fits. */
	static class NumericTracking {

		@Receiver(signal = "order_shipped")
		void onShipped(Order order, Long trackingNumber) {
		}

	}

}
