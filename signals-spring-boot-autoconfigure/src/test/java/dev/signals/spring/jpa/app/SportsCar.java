package dev.signals.spring.jpa.app;

import jakarta.persistence.Entity;

/** A {@link Car} subclass: it inherits the relations {@code Car} declares. */
@Entity
public class SportsCar extends Car {

	protected SportsCar() {
	}

	public SportsCar(String name) {
		super(name);
	}

}
