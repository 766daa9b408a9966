package dev.signals.spring.jpa.app;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/** The blog post's {@code SomeModel}. */
@Entity
public class Customer {

	@Id
	@GeneratedValue
	private @Nullable Long id;

	private String name = "";

	private @Nullable String specialField;

	protected Customer() {
	}

	public Customer(String name) {
		this.name = name;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public @Nullable String getSpecialField() {
		return this.specialField;
	}

	public void setSpecialField(@Nullable String specialField) {
		this.specialField = specialField;
	}

	public String myFavouriteMethod() {
		return "special " + this.name;
	}

}
