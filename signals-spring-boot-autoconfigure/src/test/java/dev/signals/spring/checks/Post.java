package dev.signals.spring.checks;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/** An entity of the declaration-check applications. */
@Entity
public class Post extends Content {

	@Id
	@GeneratedValue
	private @Nullable Long id;

	private String title = "";

	protected Post() {
	}

	public Post(String title) {
		this.title = title;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

}
