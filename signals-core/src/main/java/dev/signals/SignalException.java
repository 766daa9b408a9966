package dev.signals;

/**
 * A checked exception thrown by a receiver during a send, wrapped so that it names the signal and
 * the receiver. Unchecked exceptions propagate from a send unchanged.
 */
public class SignalException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String signalName;

	private final String receiverDescription;

	/**
	 * Creates a new exception.
	 * @param signalName the signal that was being sent
	 * @param receiverDescription the receiver that failed
	 * @param cause the receiver's exception
	 */
	public SignalException(String signalName, String receiverDescription, Throwable cause) {
		super("Receiver " + receiverDescription + " of signal '" + signalName + "' failed: " + cause, cause);
		this.signalName = signalName;
		this.receiverDescription = receiverDescription;
	}

	/** @return the name of the signal that was being sent */
	public String getSignalName() {
		return this.signalName;
	}

	/** @return the description of the receiver that failed */
	public String getReceiverDescription() {
		return this.receiverDescription;
	}

}
