package dev.signals.spring.jpa.app;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

@Entity
public class AuditEntry {

	@Id
	@GeneratedValue
	private @Nullable Long id;

	private String message = "";

	protected AuditEntry() {
	}

	public AuditEntry(String message) {
		this.message = message;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getMessage() {
		return this.message;
	}

}
