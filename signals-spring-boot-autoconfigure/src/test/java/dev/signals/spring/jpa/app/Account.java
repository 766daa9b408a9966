package dev.signals.spring.jpa.app;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** A versioned entity with a unique e-mail and a mutable embeddable. */
@Entity
public class Account {

	@Id
	@GeneratedValue
	private @Nullable Long id;

	@Version
	private int version;

	@Column(unique = true, nullable = false)
	private String email = "";

	private @Nullable String note;

	@Embedded
	private Place place = new Place();

	protected Account() {
	}

	public Account(String email) {
		this.email = email;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public int getVersion() {
		return this.version;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public @Nullable String getNote() {
		return this.note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}

	public Place getPlace() {
		return this.place;
	}

}
