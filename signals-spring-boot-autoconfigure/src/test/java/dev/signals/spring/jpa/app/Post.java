package dev.signals.spring.jpa.app;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

import org.jspecify.annotations.Nullable;

/** Owns the many-to-many relation to {@link Tag}. */
@Entity
public class Post {

	@Id
	@GeneratedValue
	private @Nullable Long id;

	private String title = "";

	@ManyToMany
	private Set<Tag> tags = new HashSet<>();

	protected Post() {
	}

	public Post(String title) {
		this.title = title;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public Set<Tag> getTags() {
		return this.tags;
	}

	public void setTags(Set<Tag> tags) {
		this.tags = tags;
	}

}
