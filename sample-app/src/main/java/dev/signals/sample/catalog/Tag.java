package dev.signals.sample.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A label products carry. */
@Entity
public class Tag {

	@Id
	@GeneratedValue
	private Long id;

	@Column(unique = true)
	private String name;

	protected Tag() {
	}

	public Tag(String name) {
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

}
