package dev.signals.spring.jpa.app;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity with an assigned id, so Spring Data saves a new one with merge, and a mutable embeddable. */
@Entity
public class Profile {

	@Id
	private String handle = "";

	@Embedded
	private Place place = new Place();

	protected Profile() {
	}

	public Profile(String handle) {
		this.handle = handle;
	}

	public String getHandle() {
		return this.handle;
	}

	public Place getPlace() {
		return this.place;
	}

}
