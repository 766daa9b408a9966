package dev.signals.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import dev.signals.Arguments;
import dev.signals.Connect;
import dev.signals.Connection;
import dev.signals.Response;
import dev.signals.Signal;
import dev.signals.SignalEvent;
import dev.signals.SignalReceiver;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.infra.Blackhole;

/**
 * signals-core set up for a scenario: receivers connected for the order's sender, and receivers
 * connected for other senders that a send by that sender must skip.
 */
final class SignalsContender {

	private final Signal signal = Signal.of("order_shipped", "order");

	private final Class<?> sender = Order.class;

	private final Arguments arguments;

	/** The other senders are held only weakly by the signal, so the fixture keeps them alive. */
	private final List<Object> otherSenders = new ArrayList<>();

	/** The receivers connected for the sender, in connection order. */
	private final List<SignalReceiver> matchingReceivers = new ArrayList<>();

	/** The event a send by the sender gives its receivers, captured from a real send. */
	private final SignalEvent event;

	SignalsContender(Blackhole blackhole, Order order, int matching, int others) {
		this.arguments = this.signal.arguments("order", order);
		int position = this.signal.indexOf("order");
		AtomicReference<SignalEvent> captured = new AtomicReference<>();
		SignalReceiver capturing = (event) -> {
			captured.set(event);
			return null;
		};
		try (Connection capture = this.signal.connect(capturing, Connect.sender(this.sender))) {
			this.signal.send(this.sender, this.arguments);
		}
		this.event = Objects.requireNonNull(captured.get(), "no event captured");
		for (int i = 0; i < others; i++) {
			Object other = new Object();
			this.otherSenders.add(other);
			this.signal.connect(new Consuming(blackhole, position), Connect.sender(other));
		}
		for (int i = 0; i < matching; i++) {
			Consuming receiver = new Consuming(blackhole, position);
			this.matchingReceivers.add(receiver);
			this.signal.connect(receiver, Connect.sender(this.sender));
		}
		if (this.signal.receivers().size() != matching + others) {
			throw new IllegalStateException("Expected " + (matching + others) + " receivers but connected "
					+ this.signal.receivers().size());
		}
	}

	List<Response> send() {
		return this.signal.send(this.sender, this.arguments);
	}

	List<Response> sendRobust() {
		return this.signal.sendRobust(this.sender, this.arguments);
	}

	/** The same receivers called by a plain loop with the same event: their work without the dispatcher. */
	void loopOverReceivers() throws Exception {
		SignalEvent event = this.event;
		for (SignalReceiver receiver : this.matchingReceivers) {
			receiver.receive(event);
		}
	}

	/** Consumes the order argument, read by its position as the API recommends for hot receivers. */
	private static final class Consuming implements SignalReceiver {

		private final Blackhole blackhole;

		private final int order;

		Consuming(Blackhole blackhole, int order) {
			this.blackhole = blackhole;
			this.order = order;
		}

		@Override
		public @Nullable Object receive(SignalEvent event) {
			this.blackhole.consume(event.arguments().get(this.order));
			return null;
		}

	}

}
