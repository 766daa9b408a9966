package dev.signals.spring.reliability;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A row written concurrently; a negative amount is vetoed by a receiver. */
@Entity
public class Payment {

	@Id
	@GeneratedValue
	private Long id;

	private int amount;

	protected Payment() {
	}

	Payment(int amount) {
		this.amount = amount;
	}

	public Long getId() {
		return this.id;
	}

	public int getAmount() {
		return this.amount;
	}

}
