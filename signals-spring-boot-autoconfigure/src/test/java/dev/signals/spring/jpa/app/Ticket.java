package dev.signals.spring.jpa.app;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/** An entity with an identity column: Hibernate inserts it as soon as it is persisted. */
@Entity
public class Ticket {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String subject = "";

	@Column(nullable = false)
	private @Nullable String code;

	protected Ticket() {
	}

	public Ticket(String subject) {
		this.subject = subject;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getSubject() {
		return this.subject;
	}

	public @Nullable String getCode() {
		return this.code;
	}

	public void setCode(@Nullable String code) {
		this.code = code;
	}

}
