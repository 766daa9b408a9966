package dev.signals.benchmarks;

import org.openjdk.jmh.infra.Blackhole;

/**
 * The hand-written listener interface of the direct-call and plain-loop contenders, and its one
 * implementation: the same work every other contender's receiver does.
 */
public interface DirectReceiver {

	/**
	 * Handles a shipped order.
	 * @param order the order
	 */
	void onShipped(Order order);

	/**
	 * A receiver that consumes the order into the blackhole.
	 * @param blackhole where the order goes
	 * @return the receiver
	 */
	static DirectReceiver consuming(Blackhole blackhole) {
		return new Consuming(blackhole);
	}

	/** Consumes the order. */
	final class Consuming implements DirectReceiver {

		private final Blackhole blackhole;

		Consuming(Blackhole blackhole) {
			this.blackhole = blackhole;
		}

		@Override
		public void onShipped(Order order) {
			this.blackhole.consume(order);
		}

	}

}
