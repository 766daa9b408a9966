package dev.signals;

import org.jspecify.annotations.Nullable;

/**
 * A receiver whose return value is its response, collected by {@link Signal#send} in connection
 * order. In an asynchronous send a returned {@link java.util.concurrent.CompletionStage} is awaited
 * and its result becomes the response.
 *
 * @see Signal#connectResponder(SignalResponder)
 */
@FunctionalInterface
public interface SignalResponder {

	/**
	 * Handles one send of the signal.
	 * @param event the signal, the sender and the arguments
	 * @return the response, possibly {@code null}
	 * @throws Exception to fail the send (or, in a robust send, to record the failure)
	 */
	@Nullable Object respond(SignalEvent event) throws Exception;

}
