package dev.signals.spring.kafka.orders;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** An order of the orders service. */
@Entity
public class ShopOrder {

	@Id
	@GeneratedValue
	private Long id;

	private String customer;

	private int total;

	protected ShopOrder() {
	}

	ShopOrder(String customer, int total) {
		this.customer = customer;
		this.total = total;
	}

	public Long getId() {
		return this.id;
	}

	public String getCustomer() {
		return this.customer;
	}

	public int getTotal() {
		return this.total;
	}

}
