package dev.signals.spring.jpa.app;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.jspecify.annotations.Nullable;

/** Owns its books with orphan removal; a book can move to another shelf. */
@Entity
public class Shelf {

	@Id
	@GeneratedValue
	private @Nullable Long id;

	private String name = "";

	@OneToMany(mappedBy = "shelf", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<Book> books = new ArrayList<>();

	protected Shelf() {
	}

	public Shelf(String name) {
		this.name = name;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public List<Book> getBooks() {
		return this.books;
	}

	public Book addBook(String title) {
		Book book = new Book(this, title);
		this.books.add(book);
		return book;
	}

}
