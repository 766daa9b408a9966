package dev.signals.spring.reliability;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

/** Owns a many-to-many collection of items, for {@code m2m_changed}. */
@Entity
public class Basket {

	@Id
	@GeneratedValue
	private Long id;

	@ManyToMany
	private Set<Item> items = new HashSet<>();

	public Long getId() {
		return this.id;
	}

	Set<Item> getItems() {
		return this.items;
	}

}
