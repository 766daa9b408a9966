package dev.signals.spring.durable;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** What a customer bought; saving one sends {@code purchase_placed}. */
@Entity
public class Purchase {

	@Id
	@GeneratedValue
	private Long id;

	private String item;

	protected Purchase() {
	}

	Purchase(String item) {
		this.item = item;
	}

	public Long getId() {
		return this.id;
	}

	public String getItem() {
		return this.item;
	}

	public void setItem(String item) {
		this.item = item;
	}

}
