package dev.signals.internal;

import dev.signals.Response;
import dev.signals.SignalEvent;
import dev.signals.SignalException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The four ways to send a signal. A kind decides what a receiver's exception does (stop the send,
 * or become the receiver's response) and when a {@link java.util.concurrent.CompletionStage} a
 * receiver returns is awaited (before the next receiver is called, or after all of them ran).
 */
public enum SendKind {

	/** Django's {@code send}: the first exception stops the send; stages are awaited in turn. */
	SEND,

	/** Django's {@code send_robust}: exceptions are logged and recorded; stages are awaited in turn. */
	SEND_ROBUST,

	/** Django's {@code asend}: the first exception fails the send; stages are awaited after all receivers ran. */
	SEND_ASYNC,

	/** Django's {@code asend_robust}: exceptions are recorded; stages are awaited after all receivers ran. */
	SEND_ROBUST_ASYNC;

	private static final Logger logger = LoggerFactory.getLogger("dev.signals.Signal");

	/**
	 * Whether a stage a receiver returns is awaited on the sending thread before the next receiver
	 * is called, its result becoming the response.
	 */
	boolean awaitsInTurn() {
		return this == SEND || this == SEND_ROBUST;
	}

	/**
	 * What a receiver's exception becomes: a plain send throws it, unchecked ones unchanged and
	 * checked ones wrapped in a {@link SignalException}; a robust send logs it at ERROR and
	 * answers it as the receiver's response.
	 * @param event the send
	 * @param description the receiver's description, for the log and the wrapper
	 * @param receiver the receiver
	 * @param failure what it threw, not an {@link Error}
	 * @return the receiver's response in a robust send
	 */
	Response failed(SignalEvent event, String description, Object receiver, Throwable failure) {
		if (this == SEND || this == SEND_ASYNC) {
			throw (failure instanceof RuntimeException runtime) ? runtime
					: new SignalException(event.signal().name(), description, failure);
		}
		logger.error("Error calling receiver {} of signal '{}' in a robust send (sender {}): {}", description,
				event.signal().name(), event.sender(), failure.toString(), failure);
		return new Response(receiver, null, failure);
	}

}
