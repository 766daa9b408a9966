package dev.signals.spring.reliability;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** The entity of the fault matrix of the model signals. */
@Entity
public class Item {

	@Id
	@GeneratedValue
	private Long id;

	private String name;

	protected Item() {
	}

	Item(String name) {
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	void setName(String name) {
		this.name = name;
	}

}
