package dev.signals.benchmarks;

import com.google.common.eventbus.AllowConcurrentEvents;
import com.google.common.eventbus.EventBus;
import com.google.common.eventbus.Subscribe;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Guava's synchronous {@link EventBus} set up for a scenario: one registered subscriber object per
 * receiver. The event type stands for the sender: receivers for other senders subscribe to
 * another event type. Subscribers allow concurrent events, so Guava takes no lock per call.
 */
final class GuavaContender {

	private final EventBus bus = new EventBus("benchmark");

	private final OrderShipped event;

	GuavaContender(Blackhole blackhole, Order order, int matching, int others) {
		for (int i = 0; i < others; i++) {
			this.bus.register(new OtherSubscriber(blackhole));
		}
		for (int i = 0; i < matching; i++) {
			this.bus.register(new OrderSubscriber(blackhole));
		}
		this.event = new OrderShipped(order);
	}

	void post() {
		this.bus.post(this.event);
	}

	/**
	 * The event of the order's sender.
	 * @param order the order
	 */
	record OrderShipped(Order order) {

	}

	/**
	 * The event of the other senders.
	 * @param order the order
	 */
	record OtherShipped(Order order) {

	}

	/** A receiver of the order's sender. */
	static final class OrderSubscriber {

		private final Blackhole blackhole;

		OrderSubscriber(Blackhole blackhole) {
			this.blackhole = blackhole;
		}

		@Subscribe
		@AllowConcurrentEvents
		void onShipped(OrderShipped event) {
			this.blackhole.consume(event.order());
		}

	}

	/** A receiver of another sender. */
	static final class OtherSubscriber {

		private final Blackhole blackhole;

		OtherSubscriber(Blackhole blackhole) {
			this.blackhole = blackhole;
		}

		@Subscribe
		@AllowConcurrentEvents
		void onShipped(OtherShipped event) {
			this.blackhole.consume(event.order());
		}

	}

}
