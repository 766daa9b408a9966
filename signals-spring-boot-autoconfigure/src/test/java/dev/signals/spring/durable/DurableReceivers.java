package dev.signals.spring.durable;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.signals.spring.Receiver;

import org.springframework.stereotype.Component;

/**
 * Two durable receivers of {@code purchase_placed}: shipping writes a {@link Shipment} keyed by
 * its publication id; invoicing fails as often as a test asks, after writing a shipment that the
 * failure must roll back.
 */
@Component
public class DurableReceivers {

	/** Items whose invoicing fails, with how many more times. */
	static final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

	static final List<String> invoiced = new CopyOnWriteArrayList<>();

	static final List<String> shippingThreads = new CopyOnWriteArrayList<>();

	private final ShipmentRepository shipments;

	DurableReceivers(ShipmentRepository shipments) {
		this.shipments = shipments;
	}

	@Receiver(signal = "purchase_placed", durable = true)
	public void ship(Purchase purchase, UUID publicationId) {
		shippingThreads.add(Thread.currentThread().getName());
		this.shipments.save(new Shipment(publicationId, purchase.getId(), purchase.getItem()));
	}

	@Receiver(signal = "purchase_placed", durable = true)
	public void invoice(Purchase purchase, Note note, String publicationId) {
		AtomicInteger left = failures.get(purchase.getItem());
		if (left != null && left.getAndDecrement() > 0) {
			this.shipments.save(new Shipment(UUID.randomUUID(), purchase.getId(), "rolled back"));
			throw new IllegalStateException("invoicing is down for " + purchase.getItem());
		}
		invoiced.add(purchase.getItem() + " " + note.text() + " " + publicationId.length());
	}

	static void reset() {
		failures.clear();
		invoiced.clear();
		shippingThreads.clear();
	}

}
