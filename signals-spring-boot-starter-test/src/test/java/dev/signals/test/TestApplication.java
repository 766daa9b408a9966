package dev.signals.test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.signals.Signal;
import dev.signals.SignalRegistry;
import dev.signals.spring.jpa.ModelSignals;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The application of this module's Spring tests: a custom signal, a service that sends it and
 * the built-in model signals, and a receiver connected at startup. Every test class uses this
 * configuration unchanged, so they share one cached context.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class TestApplication {

	static final String ORDER_PLACED = "order_placed";

	@Bean
	Signal orderPlaced() {
		return Signal.of(ORDER_PLACED, "order", "express");
	}

	@Bean
	OrderService orderService(SignalRegistry registry) {
		return new OrderService(registry);
	}

	@Bean
	AuditTrail auditTrail(SignalRegistry registry) {
		return new AuditTrail(registry);
	}

	record Order(long id, boolean express) {
	}

	/** Sends what saving and placing an order would. */
	static class OrderService {

		private final Signal preSave;

		private final Signal postSave;

		private final Signal placed;

		OrderService(SignalRegistry registry) {
			this.preSave = registry.get(ModelSignals.PRE_SAVE);
			this.postSave = registry.get(ModelSignals.POST_SAVE);
			this.placed = registry.get(ORDER_PLACED);
		}

		void place(Order order) {
			this.preSave.send(Order.class, this.preSave.arguments("instance", order, "raw", false));
			this.postSave.send(Order.class, this.postSave.arguments("instance", order, "created", true, "raw", false));
			this.placed.send(this, this.placed.arguments("order", order, "express", order.express()));
		}

	}

	/** An application receiver, connected for the context's lifetime, that keeps what it heard. */
	static class AuditTrail {

		private final List<String> heard = new CopyOnWriteArrayList<>();

		AuditTrail(SignalRegistry registry) {
			registry.signals().forEach((signal) -> signal.connect((event) -> this.heard.add(event.signal().name())));
		}

		List<String> heard() {
			return this.heard;
		}

		void forget() {
			this.heard.clear();
		}

	}

}
