package dev.signals.spring.jpa.app;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import org.jspecify.annotations.Nullable;

@Entity
public class Child {

	@Id
	@GeneratedValue
	private @Nullable Long id;

	private String name = "";

	@ManyToOne
	private @Nullable Parent parent;

	protected Child() {
	}

	Child(Parent parent, String name) {
		this.parent = parent;
		this.name = name;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public @Nullable Parent getParent() {
		return this.parent;
	}

}
