package dev.signals.spring;

/**
 * When a receiver runs relative to the transaction that sends the signal: {@link #IMMEDIATE} is
 * the dispatcher's own send; the other phases are Spring's transaction synchronization.
 */
public enum Phase {

	/** During the send, inside the sending transaction; an exception propagates to the sender (Django's behaviour). */
	IMMEDIATE,

	/** Just before the sending transaction commits; an exception rolls it back. */
	BEFORE_COMMIT,

	/** After the sending transaction committed; at once when no transaction is active. */
	AFTER_COMMIT,

	/** After the sending transaction rolled back; never when no transaction is active. */
	AFTER_ROLLBACK,

	/** After the sending transaction completed either way; at once when no transaction is active. */
	AFTER_COMPLETION

}
