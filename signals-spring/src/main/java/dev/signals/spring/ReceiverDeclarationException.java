package dev.signals.spring;

/**
 * Thrown at startup when a {@link dev.signals.spring.Receiver @Receiver} method is declared in a way that
 * cannot work, or a receiver was connected in code for a sender that never sends. The message
 * names the method as {@code Class#method} (or the receiver), what is wrong and the fix.
 */
public class ReceiverDeclarationException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final String receiver;

	private final boolean annotated;

	/**
	 * Creates a new exception for a {@code @Receiver} method.
	 * @param receiver the method, as {@code Class#method}
	 * @param problem what is wrong and how to fix it
	 */
	public ReceiverDeclarationException(String receiver, String problem) {
		this(receiver, problem, true);
	}

	private ReceiverDeclarationException(String receiver, String problem, boolean annotated) {
		super((annotated ? "Invalid @Receiver " : "Invalid receiver ") + receiver + ": " + problem);
		this.receiver = receiver;
		this.annotated = annotated;
	}

	/**
	 * Creates a new exception for a receiver connected in code.
	 * @param receiver the receiver's description
	 * @param problem what is wrong and how to fix it
	 * @return the exception
	 */
	public static ReceiverDeclarationException ofConnection(String receiver, String problem) {
		return new ReceiverDeclarationException(receiver, problem, false);
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
		this.annotated = true;
	}

	/** @return the method, as {@code Class#method}, or the description of a receiver connected in code */
	public String getReceiver() {
		return this.receiver;
	}

	/** @return whether the receiver is a {@code @Receiver} method, rather than connected in code */
	public boolean isAnnotated() {
		return this.annotated;
	}

}
