package dev.signals.spring.readme;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/** The blog post's model: a special field that a receiver fills from a method that may fail. */
@Entity
public class SomeModel {

	@Id
	@GeneratedValue
	private @Nullable Long id;

	private @Nullable String name;

	private @Nullable String specialField;

	protected SomeModel() {
	}

	public SomeModel(@Nullable String name) {
		this.name = name;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	/**
	 * The value for the special field.
	 * @return the name in capitals
	 * @throws IllegalStateException when the model has no name
	 */
	public String myFavouriteMethod() {
		if (this.name == null) {
			throw new IllegalStateException("no name");
		}
		return this.name.toUpperCase();
	}

	public @Nullable String getSpecialField() {
		return this.specialField;
	}

	public void setSpecialField(String specialField) {
		this.specialField = specialField;
	}

}
