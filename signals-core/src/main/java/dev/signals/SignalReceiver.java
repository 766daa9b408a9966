package dev.signals;

import org.jspecify.annotations.Nullable;

/**
 * A receiver, Django's receiver function: what it returns is its response, collected by
 * {@link Signal#send} in connection order; one with nothing to answer returns {@code null}. A
 * returned {@link java.util.concurrent.CompletionStage} is awaited and its result becomes the
 * response (in a synchronous send before the next receiver is called).
 *
 * <pre>{@code
 * shipped.connect((event) -> carrier(event.get("order")));    // the carrier is the response
 * shipped.connect((event) -> {
 *     log.info("shipped {}", event.get("order"));
 *     return null;                                             // nothing to answer
 * });
 * }</pre>
 *
 * @see Signal#connect(SignalReceiver)
 */
@FunctionalInterface
public interface SignalReceiver {

	/**
	 * Handles one send of the signal.
	 * @param event the signal, the sender and the arguments
	 * @return the response, {@code null} for none
	 * @throws Exception to fail the send (or, in a robust send, to record the failure)
	 */
	@Nullable Object receive(SignalEvent event) throws Exception;

}
