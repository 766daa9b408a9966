package dev.signals.spring.jpa.differential;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import org.jspecify.annotations.Nullable;

/** An entity with an embeddable. */
@Entity
public class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
	@SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 1)
	private @Nullable Long id;

	private String name = "";

	@Embedded
	private @Nullable Address address;

	protected Person() {
	}

	public Person(String name, @Nullable Address address) {
		this.name = name;
		this.address = address;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public @Nullable Address getAddress() {
		return this.address;
	}

	public void setAddress(@Nullable Address address) {
		this.address = address;
	}

}
