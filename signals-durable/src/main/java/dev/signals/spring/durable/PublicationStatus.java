package dev.signals.spring.durable;

/** The state of a publication. */
public enum PublicationStatus {

	/** Stored and not delivered yet: new, being delivered, or waiting for its next attempt. */
	PENDING,

	/** Delivered; kept for {@code signals.durable.completed-retention}. */
	COMPLETED,

	/** Its last attempt failed; kept, with the error, until an operator resubmits it. */
	FAILED

}
