package dev.signals.spring.phases;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class AuditEntry {

	@Id
	@GeneratedValue
	private Long id;

	private String text;

	protected AuditEntry() {
	}

	AuditEntry(String text) {
		this.text = text;
	}

	public String getText() {
		return this.text;
	}

}
