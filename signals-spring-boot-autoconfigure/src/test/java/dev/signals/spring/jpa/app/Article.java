package dev.signals.spring.jpa.app;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/** Its slug is NOT NULL and only ever set by a pre_save receiver. */
@Entity
public class Article {

	@Id
	@GeneratedValue
	private @Nullable Long id;

	private String title = "";

	@Column(nullable = false)
	private @Nullable String slug;

	protected Article() {
	}

	public Article(String title) {
		this.title = title;
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

	public @Nullable String getSlug() {
		return this.slug;
	}

	public void setSlug(@Nullable String slug) {
		this.slug = slug;
	}

}
