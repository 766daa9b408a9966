package dev.signals.spring;

/**
 * Thrown at startup when a {@link dev.signals.Receiver @Receiver} method is declared in a way that
 * cannot work. The message names the method as {@code Class#method}, what is wrong and the fix.
 */
public class ReceiverDeclarationException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final String receiver;

	/**
	 * Creates a new exception.
	 * @param receiver the method, as {@code Class#method}
	 * @param problem what is wrong and how to fix it
	 */
	public ReceiverDeclarationException(String receiver, String problem) {
		super("Invalid @Receiver " + receiver + ": " + problem);
		this.receiver = receiver;
	}

	/**
	 * Creates a new exception with the failure that shows the problem.
	 * @param receiver the method, as {@code Class#method}
	 * @param problem what is wrong and how to fix it
	 * @param cause the failure
	 */
	public ReceiverDeclarationException(String receiver, String problem, Throwable cause) {
		super("Invalid @Receiver " + receiver + ": " + problem, cause);
		this.receiver = receiver;
	}

	/** @return the method, as {@code Class#method} */
	public String getReceiver() {
		return this.receiver;
	}

}
