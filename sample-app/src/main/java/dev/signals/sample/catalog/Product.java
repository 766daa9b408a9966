package dev.signals.sample.catalog;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

/** Something the shop sells; owns the many-to-many relation to its tags. */
@Entity
public class Product {

	@Id
	@GeneratedValue
	private Long id;

	private String name;

	@ManyToMany
	private Set<Tag> tags = new LinkedHashSet<>();

	protected Product() {
	}

	public Product(String name) {
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public Set<Tag> getTags() {
		return this.tags;
	}

}
