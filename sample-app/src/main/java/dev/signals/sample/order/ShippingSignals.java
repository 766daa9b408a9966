package dev.signals.sample.order;

import dev.signals.Signal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the application's own signal; the starter adds it to the registry under its name. */
@Configuration(proxyBeanMethods = false)
class ShippingSignals {

	/** The name receivers use: {@code @Receiver(signal = ORDER_SHIPPED)}. */
	static final String ORDER_SHIPPED = "order_shipped";

	@Bean
	Signal orderShipped() {
		return Signal.of(ORDER_SHIPPED, "order", "carrier");
	}

}
