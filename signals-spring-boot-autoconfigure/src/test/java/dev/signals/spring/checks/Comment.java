package dev.signals.spring.checks;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/** The other entity of the declaration-check applications. */
@Entity
public class Comment {

	@Id
	@GeneratedValue
	private @Nullable Long id;

	public @Nullable Long getId() {
		return this.id;
	}

}
