package dev.signals.spring.jpa.differential;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

import org.jspecify.annotations.Nullable;

/** A child of {@link Author}, with the reference back to it. */
@Entity
public class Book {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "book_seq")
	@SequenceGenerator(name = "book_seq", sequenceName = "book_seq", allocationSize = 1)
	private @Nullable Long id;

	private String title = "";

	@ManyToOne(fetch = FetchType.LAZY)
	private @Nullable Author author;

	protected Book() {
	}

	public Book(String title, Author author) {
		this.title = title;
		this.author = author;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public @Nullable Author getAuthor() {
		return this.author;
	}

	public void setAuthor(@Nullable Author author) {
		this.author = author;
	}

}
