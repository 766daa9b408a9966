package dev.signals.sample.order;

import dev.signals.spring.Receiver;

import org.springframework.stereotype.Component;

import static dev.signals.spring.jpa.ModelSignals.POST_SAVE;

/**
 * The blog post's example, ported line for line: each time an order is first saved, fill its
 * reference from a method of the order, or "undefined" when that method fails, and save it again.
 * <pre>
 * def my_handler(sender, instance, created, **kwargs):
 *     if created:
 *         try:
 *             if instance.my_favourite_method():
 *                 instance.special_field = instance.my_favourite_method()
 *         except:
 *             instance.special_field = "undefined"
 *         instance.save()
 *
 * post_save.connect(my_handler, sender=SomeModel)
 * </pre>
 * The second save arrives as another {@code post_save} with {@code created = false}, so there is
 * no recursion.
 */
@Component
class ReferenceReceiver {

	private final OrderRepository orders;

	ReferenceReceiver(OrderRepository orders) {
		this.orders = orders;
	}

	@Receiver(signal = POST_SAVE, sender = Order.class)
	void myHandler(Order instance, boolean created) {
		if (created) {
			// if the instance is effectively saved
			try {
				if (instance.computeReference() != null) {
					instance.setReference(instance.computeReference());
				}
			}
			catch (RuntimeException ex) {
				instance.setReference("undefined");
			}
			this.orders.save(instance);
		}
	}

}
