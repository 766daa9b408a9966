package dev.signals.spring.jpa.app;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

import org.jspecify.annotations.Nullable;

/** The inverse side of {@link Post#getTags()}. */
@Entity
public class Tag {

	@Id
	@GeneratedValue
	private @Nullable Long id;

	private String label = "";

	@ManyToMany(mappedBy = "tags")
	private Set<Post> posts = new HashSet<>();

	protected Tag() {
	}

	public Tag(String label) {
		this.label = label;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public Set<Post> getPosts() {
		return this.posts;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof Tag tag && this.id != null && this.id.equals(tag.getId());
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(Tag.class);
	}

}
