package dev.signals.spring.jpa.app;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import org.jspecify.annotations.Nullable;

/** Belongs to a {@link Parent} through orphan removal only, without cascading the removal. */
@Entity
public class Toy {

	@Id
	@GeneratedValue
	private @Nullable Long id;

	private String name = "";

	@ManyToOne
	private @Nullable Parent owner;

	protected Toy() {
	}

	Toy(Parent owner, String name) {
		this.owner = owner;
		this.name = name;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

}
