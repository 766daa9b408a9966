package dev.signals.sample.order;

import dev.signals.spring.Phase;
import dev.signals.spring.Receiver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Tells the customer that the order left, but only once the shipping committed: a rolled-back
 * shipping sends nothing. The write is committed in a transaction of its own.
 */
@Component
class ShippingNotifier {

	private static final Logger logger = LoggerFactory.getLogger(ShippingNotifier.class);

	private final NotificationRepository notifications;

	ShippingNotifier(NotificationRepository notifications) {
		this.notifications = notifications;
	}

	@Receiver(signal = ShippingSignals.ORDER_SHIPPED, phase = Phase.AFTER_COMMIT)
	void notifyCustomer(Order order, String carrier) {
		String message = "Dear " + order.getCustomer().getName() + ", order " + order.getReference() + " is on its way with "
				+ carrier + ".";
		this.notifications.save(new Notification(order.getId(), message));
		logger.info("Notified: {}", message);
	}

}
