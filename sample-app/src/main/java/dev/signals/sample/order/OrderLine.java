package dev.signals.sample.order;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** One line of an order; removed with its order (cascade and orphan removal). */
@Entity
public class OrderLine {

	@Id
	@GeneratedValue
	private Long id;

	@ManyToOne(optional = false)
	private Order order;

	private String product;

	private int quantity;

	protected OrderLine() {
	}

	OrderLine(Order order, String product, int quantity) {
		this.order = order;
		this.product = product;
		this.quantity = quantity;
	}

	public Long getId() {
		return this.id;
	}

	public String getProduct() {
		return this.product;
	}

	public int getQuantity() {
		return this.quantity;
	}

}
