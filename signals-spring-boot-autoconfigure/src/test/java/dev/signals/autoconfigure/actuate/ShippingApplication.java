package dev.signals.autoconfigure.actuate;

import dev.signals.Connect;
import dev.signals.Signal;
import dev.signals.SignalEvent;
import dev.signals.SignalReceiver;
import dev.signals.spring.Phase;
import dev.signals.spring.Receiver;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;

/** A small Boot application with a custom signal, two receiver methods and one receiver connected in code. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ShippingApplication.Shipping.class)
class ShippingApplication {

	static final String SIGNAL = "order_shipped";

	@Bean
	Signal orderShipped() {
		Signal signal = Signal.of(SIGNAL, "order", "carrier");
		signal.connect(new ShipmentCounter(), Connect.sender(String.class));
		return signal;
	}

	/** Receiver methods at two phases. */
	static class Shipping {

		@Receiver(signal = SIGNAL)
		@Order(1)
		public void onShipped(String order) {
		}

		@Receiver(signal = SIGNAL, phase = Phase.AFTER_COMMIT, dispatchUid = "audit-shipped")
		@Order(2)
		public void audit(String order) {
		}

	}

	/** Connected in code for sender String.class; fails for the order "bad". */
	static final class ShipmentCounter implements SignalReceiver {

		@Override
		public @Nullable Object receive(SignalEvent event) {
			if ("bad".equals(event.get("order"))) {
				throw new IllegalStateException("cannot count order 'bad'");
			}
			return null;
		}

		@Override
		public String toString() {
			return "ShipmentCounter";
		}

	}

}
