package dev.signals.spring.jpa.app;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

import org.jspecify.annotations.Nullable;

/** The other side of {@link Car}'s relations. */
@Entity
public class Part {

	@Id
	@GeneratedValue
	private @Nullable Long id;

	private String name = "";

	@ManyToMany(mappedBy = "defaultParts")
	private Set<Car> cars = new LinkedHashSet<>();

	@ManyToMany(mappedBy = "optionalParts")
	private Set<Car> optionalCars = new LinkedHashSet<>();

	protected Part() {
	}

	public Part(String name) {
		this.name = name;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public Set<Car> getCars() {
		return this.cars;
	}

	public Set<Car> getOptionalCars() {
		return this.optionalCars;
	}

}
