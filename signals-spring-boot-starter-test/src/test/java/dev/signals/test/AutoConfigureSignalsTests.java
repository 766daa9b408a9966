package dev.signals.test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.signals.Signal;
import dev.signals.SignalRegistry;
import dev.signals.spring.Receiver;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import static dev.signals.test.SignalsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A context of a few classes of its own, as a custom test slice builds it, with
 * {@code @AutoConfigureSignals}: the registry holds the context's signals, receiver methods are
 * connected, and {@code @RecordSignals} records.
 */
@SpringJUnitConfig(AutoConfigureSignalsTests.Shipping.class)
@AutoConfigureSignals
@RecordSignals
class AutoConfigureSignalsTests {

	@Autowired
	private SignalRegistry registry;

	@Autowired
	private ShippingLog log;

	@Test
	void receiverMethodsHearTheContextsOwnSignalAndTheSendIsRecorded(RecordedSignals recorded) {
		Signal shipped = this.registry.get("parcel_shipped");
		shipped.send(this, shipped.arguments("parcel", "P-1"));

		assertThat(this.log.shipped()).containsExactly("P-1");
		assertThat(recorded).sent("parcel_shipped").withArgument("parcel", "P-1").once();
	}

	@Configuration(proxyBeanMethods = false)
	@Import(ShippingLog.class)
	static class Shipping {

		@Bean
		Signal parcelShipped() {
			return Signal.of("parcel_shipped", "parcel");
		}

	}

	static class ShippingLog {

		private final List<Object> shipped = new CopyOnWriteArrayList<>();

		@Receiver(signal = "parcel_shipped")
		void shipped(Object parcel) {
			this.shipped.add(parcel);
		}

		List<Object> shipped() {
			return this.shipped;
		}

	}

}
