package dev.signals.spring.db;

/**
 * A receiver of {@code pre_migrate} or {@code post_migrate} failed: the message names the
 * receiver, the signal and the migration, the cause is the receiver's exception. A failing
 * {@code pre_migrate} receiver stops the migration; during startup either fails the start.
 */
public class MigrationSignalException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates a new exception.
	 * @param message what failed, when
	 * @param cause the receiver's exception
	 */
	public MigrationSignalException(String message, Throwable cause) {
		super(message, cause);
	}

}
