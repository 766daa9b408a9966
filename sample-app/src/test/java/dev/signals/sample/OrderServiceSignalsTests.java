package dev.signals.sample;

import java.math.BigDecimal;
import java.util.Map;

import dev.signals.Signal;
import dev.signals.SignalRegistry;
import dev.signals.sample.order.Order;
import dev.signals.sample.order.OrderRepository;
import dev.signals.sample.order.OrderService;
import dev.signals.sample.order.OrderStatus;
import dev.signals.test.MuteSignals;
import dev.signals.test.RecordSignals;
import dev.signals.test.RecordedSignals;
import dev.signals.test.SignalsTesting;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static dev.signals.spring.jpa.ModelSignals.POST_SAVE;
import static dev.signals.spring.jpa.ModelSignals.PRE_SAVE;
import static dev.signals.test.SignalsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The order service's signals, checked with the helpers of {@code signals-test}: what was sent,
 * and what happens when a signal is muted.
 */
@SpringBootTest
@RecordSignals
class OrderServiceSignalsTests {

	@Autowired
	OrderService service;

	@Autowired
	OrderRepository orders;

	@Autowired
	SignalRegistry registry;

	@Test
	void creatingAnOrderSavesItTwiceTheSecondTimeFromTheBlogPostReceiver(RecordedSignals recorded) {
		Order order = this.service.create(this.service.createCustomer("Fay", "fay@example.com").getId(), "lamp",
				BigDecimal.TEN, Map.of());

		assertThat(recorded).sent(POST_SAVE).from(Order.class).withArgument("created", true).once()
			.sent(POST_SAVE).from(Order.class).withArgument("created", false).once()
			.sentInOrder(PRE_SAVE, POST_SAVE, PRE_SAVE, POST_SAVE);
		assertThat(this.orders.findById(order.getId())).get().extracting(Order::getReference)
			.isEqualTo(order.computeReference());
	}

	@Test
	@MuteSignals(POST_SAVE)
	void withPostSaveMutedNoReceiverFillsTheReference() {
		Order order = this.service.create(null, "muted", BigDecimal.ONE, Map.of());

		assertThat(this.orders.findById(order.getId())).get().extracting(Order::getReference).isNull();
	}

	@Test
	void shippingAnnouncesTheOrderWithItsCarrier(RecordedSignals recorded) {
		Order order = this.service.create(null, "parcel", BigDecimal.ONE, Map.of());

		this.service.ship(order.getId(), "courier");

		assertThat(recorded).sent("order_shipped").from(OrderService.class).withArgument("carrier", "courier").once();
	}

	@Test
	void aTemporaryReceiverCanVetoAShipping() throws Exception {
		Order order = this.service.create(null, "fragile", BigDecimal.ONE, Map.of());
		Signal shipped = this.registry.get("order_shipped");

		try (var veto = SignalsTesting.receive(this.registry, shipped.name(), (event) -> {
			throw new IllegalStateException("Out of boxes");
		})) {
			assertThatExceptionOfType(IllegalStateException.class)
				.isThrownBy(() -> this.service.ship(order.getId(), "post"))
				.withMessage("Out of boxes");
		}
		assertThat(this.service.get(order.getId()).getStatus()).isEqualTo(OrderStatus.NEW);
	}

}
