package dev.signals.benchmarks;

import org.openjdk.jmh.infra.Blackhole;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Spring's event publisher set up for a scenario in a real annotation-driven context: one
 * {@code @EventListener} bean per receiver. The event type stands for the sender: receivers for
 * other senders listen to another event type. The event is an {@link ApplicationEvent} built once,
 * Spring's cheapest case (a plain payload object would also be wrapped on every publish).
 */
final class SpringContender implements AutoCloseable {

	private final GenericApplicationContext context;

	private final OrderShipped event;

	SpringContender(Blackhole blackhole, Order order, int matching, int others) {
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		for (int i = 0; i < matching; i++) {
			context.registerBean("orderListener" + i, OrderListener.class, () -> new OrderListener(blackhole));
		}
		for (int i = 0; i < others; i++) {
			context.registerBean("otherListener" + i, OtherListener.class, () -> new OtherListener(blackhole));
		}
		context.refresh();
		this.context = context;
		this.event = new OrderShipped(Order.class, order);
	}

	void publish() {
		this.context.publishEvent(this.event);
	}

	@Override
	public void close() {
		this.context.close();
	}

	/** The event of the order's sender. */
	public static final class OrderShipped extends ApplicationEvent {

		private final Order order;

		OrderShipped(Object source, Order order) {
			super(source);
			this.order = order;
		}

		/** @return the order */
		public Order order() {
			return this.order;
		}

	}

	/** The event of the other senders. */
	public static final class OtherShipped extends ApplicationEvent {

		private final Order order;

		OtherShipped(Object source, Order order) {
			super(source);
			this.order = order;
		}

		/** @return the order */
		public Order order() {
			return this.order;
		}

	}

	/** A receiver of the order's sender. */
	public static final class OrderListener {

		private final Blackhole blackhole;

		OrderListener(Blackhole blackhole) {
			this.blackhole = blackhole;
		}

		/** @param event the event */
		@EventListener
		public void onShipped(OrderShipped event) {
			this.blackhole.consume(event.order());
		}

	}

	/** A receiver of another sender. */
	public static final class OtherListener {

		private final Blackhole blackhole;

		OtherListener(Blackhole blackhole) {
			this.blackhole = blackhole;
		}

		/** @param event the event */
		@EventListener
		public void onShipped(OtherShipped event) {
			this.blackhole.consume(event.order());
		}

	}

}
