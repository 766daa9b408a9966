package dev.signals.sample.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** One line of the audit trail: which signal fired, for which object, with what. */
@Entity
public class AuditEntry {

	@Id
	@GeneratedValue
	private Long id;

	private String signal;

	private String model;

	private String objectId;

	@Column(length = 2000)
	private String detail;

	private Instant recordedAt;

	protected AuditEntry() {
	}

	public AuditEntry(String signal, String model, Object objectId, String detail) {
		this.signal = signal;
		this.model = model;
		this.objectId = (objectId != null) ? objectId.toString() : null;
		this.detail = (detail.length() > 2000) ? detail.substring(0, 2000) : detail;
		this.recordedAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public String getSignal() {
		return this.signal;
	}

	public String getModel() {
		return this.model;
	}

	public String getObjectId() {
		return this.objectId;
	}

	public String getDetail() {
		return this.detail;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
