package dev.signals.spring.durable;

import dev.signals.Signal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saves purchases and sends {@code purchase_placed} in the same transaction. */
@Service
public class PurchaseService {

	private final PurchaseRepository purchases;

	private final Signal purchasePlaced;

	PurchaseService(PurchaseRepository purchases, Signal purchasePlaced) {
		this.purchases = purchases;
		this.purchasePlaced = purchasePlaced;
	}

	@Transactional
	public Purchase place(String item, Note note) {
		Purchase purchase = this.purchases.saveAndFlush(new Purchase(item));
		this.purchasePlaced.send(PurchaseService.class, this.purchasePlaced.arguments("purchase", purchase, "note", note));
		return purchase;
	}

	@Transactional
	public void placeAndRollBack(String item) {
		place(item, new Note("never", 0));
		throw new IllegalStateException("payment declined");
	}

}
