package dev.signals.spring.jpa.app;

import jakarta.persistence.Entity;

@Entity
public class RushOrder extends Order {

	protected RushOrder() {
	}

	public RushOrder(String name) {
		super(name);
	}

}
