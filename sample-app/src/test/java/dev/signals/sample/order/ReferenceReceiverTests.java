package dev.signals.sample.order;

import java.math.BigDecimal;

import dev.signals.test.RecordSignals;
import dev.signals.test.RecordedSignals;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import static dev.signals.spring.jpa.ModelSignals.POST_SAVE;
import static dev.signals.spring.jpa.ModelSignals.PRE_SAVE;
import static dev.signals.test.SignalsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's testing guide, {@code @DataJpaTest}: the slice has the model signals, an imported
 * receiver class is connected, and in the test's transaction the signals of an INSERT arrive at
 * the flush.
 */
@DataJpaTest
@Import(ReferenceReceiver.class)
@RecordSignals
class ReferenceReceiverTests {

	@Autowired
	OrderRepository orders;

	@Autowired
	CustomerRepository customers;

	@Test
	void newOrderGetsItsReferenceWhenItIsWritten(RecordedSignals recorded) {
		Customer acme = this.customers.save(new Customer("Acme", "orders@acme.example"));
		Order order = this.orders.save(new Order(acme, "Two kettles", new BigDecimal("40")));
		assertThat(recorded).sent(PRE_SAVE).from(Order.class).once()
			.sent(POST_SAVE).from(Order.class).never();            // the INSERT waits for the flush

		this.orders.flush();                                       // or run a query, which flushes first

		assertThat(recorded).sent(POST_SAVE).from(Order.class).withArgument("created", true).once()
			.sent(POST_SAVE).from(Order.class).withArgument("created", false).once();
		assertThat(order.getReference()).isEqualTo(order.computeReference());
	}

}
