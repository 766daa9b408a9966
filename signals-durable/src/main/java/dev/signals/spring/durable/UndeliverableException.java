package dev.signals.spring.durable;

/**
 * A publication that no attempt can deliver: its stored arguments cannot be read back, or an
 * entity it refers to was deleted. It is marked failed at once, without retries.
 */
public class UndeliverableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * @param message what cannot be delivered and why
	 */
	public UndeliverableException(String message) {
		super(message);
	}

	/**
	 * @param message what cannot be delivered and why
	 * @param cause the cause
	 */
	public UndeliverableException(String message, Throwable cause) {
		super(message, cause);
	}

}
