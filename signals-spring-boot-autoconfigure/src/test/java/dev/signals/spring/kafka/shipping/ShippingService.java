package dev.signals.spring.kafka.shipping;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.signals.Signal;
import dev.signals.spring.Receiver;
import dev.signals.spring.kafka.TestTraceHandler;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The shipping service: {@code signals.kafka.inbound.order_placed.topic} feeds its own
 * {@code order_placed} signal from the orders topic, and its receiver ships each order; it fails
 * for the customer POISON.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ TestTraceHandler.class, ShippingService.Shipping.class })
public class ShippingService {

	/** Each order shipped: its id, customer, total, the sender and the trace it continued. */
	public static final List<String> shipped = new CopyOnWriteArrayList<>();

	@Bean
	Signal orderPlaced() {
		return Signal.of("order_placed", "order", "customer");
	}

	/** The receiver. */
	public static class Shipping {

		@Receiver(signal = "order_placed")
		public void ship(OrderView order, String customer, @Nullable Object sender) {
			if ("POISON".equals(customer)) {
				throw new IllegalStateException("cannot ship to " + customer);
			}
			shipped.add(order.id() + " " + order.customer() + " " + order.total() + " " + sender + " "
					+ TestTraceHandler.current());
		}

	}

}
