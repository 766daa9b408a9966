package dev.signals.sample.audit;

import org.springframework.stereotype.Component;

/** Appends entries to the audit trail; used by the receivers of every signal. */
@Component
public class AuditRecorder {

	private final AuditRepository audit;

	AuditRecorder(AuditRepository audit) {
		this.audit = audit;
	}

	/**
	 * Records that a signal fired.
	 * @param signal the signal's name
	 * @param model what it was about, e.g. the entity's simple class name
	 * @param objectId the entity's id, or {@code null}
	 * @param detail what happened
	 */
	public void record(String signal, String model, Object objectId, String detail) {
		this.audit.save(new AuditEntry(signal, model, objectId, detail));
	}

}
