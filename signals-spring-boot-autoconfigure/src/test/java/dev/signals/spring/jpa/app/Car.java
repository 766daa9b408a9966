package dev.signals.spring.jpa.app;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;

import org.jspecify.annotations.Nullable;

/** Django's m2m_signals test model: two relations to the same model. */
@Entity
public class Car {

	@Id
	@GeneratedValue
	private @Nullable Long id;

	private String name = "";

	@ManyToMany
	@JoinTable(name = "car_default_parts")
	private Set<Part> defaultParts = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "car_optional_parts")
	private Set<Part> optionalParts = new LinkedHashSet<>();

	protected Car() {
	}

	public Car(String name) {
		this.name = name;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public Set<Part> getDefaultParts() {
		return this.defaultParts;
	}

	public Set<Part> getOptionalParts() {
		return this.optionalParts;
	}

}
