package dev.signals;

/**
 * A receiver that returns nothing: the common case, so that lambdas and method references to
 * {@code void} methods can be connected. Its response is {@code null}.
 *
 * @see Signal#connect(SignalReceiver)
 */
@FunctionalInterface
public interface SignalReceiver {

	/**
	 * Handles one send of the signal.
	 * @param event the signal, the sender and the arguments
	 * @throws Exception to fail the send (or, in a robust send, to record the failure)
	 */
	void receive(SignalEvent event) throws Exception;

}
