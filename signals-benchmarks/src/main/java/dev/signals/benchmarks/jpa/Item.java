package dev.signals.benchmarks.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import org.jspecify.annotations.Nullable;

/** The entity the benchmark persists: a pooled sequence id, so that Hibernate batches the inserts. */
@Entity
public class Item {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_seq")
	@SequenceGenerator(name = "item_seq", allocationSize = 50)
	private @Nullable Long id;

	private String name = "";

	private int quantity;

	protected Item() {
	}

	Item(String name, int quantity) {
		this.name = name;
		this.quantity = quantity;
	}

	/** @return the id, once persisted */
	public @Nullable Long getId() {
		return this.id;
	}

	/** @return the name */
	public String getName() {
		return this.name;
	}

	/** @return the quantity */
	public int getQuantity() {
		return this.quantity;
	}

	/** @param quantity the new quantity */
	public void setQuantity(int quantity) {
		this.quantity = quantity;
	}

}
