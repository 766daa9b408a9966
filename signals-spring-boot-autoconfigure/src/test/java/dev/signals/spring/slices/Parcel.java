package dev.signals.spring.slices;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/** An entity with a generated id, so that its INSERT waits for the flush. */
@Entity
class Parcel {

	@Id
	@GeneratedValue
	private @Nullable Long id;

	private String label;

	protected Parcel() {
		this.label = "";
	}

	Parcel(String label) {
		this.label = label;
	}

	String getLabel() {
		return this.label;
	}

}
