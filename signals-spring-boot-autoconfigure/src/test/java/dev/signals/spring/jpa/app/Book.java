package dev.signals.spring.jpa.app;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import org.jspecify.annotations.Nullable;

/** A book on a {@link Shelf}. */
@Entity
public class Book {

	@Id
	@GeneratedValue
	private @Nullable Long id;

	private String title = "";

	@ManyToOne
	private @Nullable Shelf shelf;

	protected Book() {
	}

	Book(Shelf shelf, String title) {
		this.shelf = shelf;
		this.title = title;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public @Nullable Shelf getShelf() {
		return this.shelf;
	}

	public void setShelf(@Nullable Shelf shelf) {
		this.shelf = shelf;
	}

}
