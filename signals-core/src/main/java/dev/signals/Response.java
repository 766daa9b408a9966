package dev.signals;

import org.jspecify.annotations.Nullable;

/**
 * What one receiver answered to a send: Django's {@code (receiver, response)} pair. In a robust
 * send a failed receiver's response holds its exception instead of a value.
 *
 * @param receiver the receiver that was called
 * @param value what it returned, or the result of the {@link java.util.concurrent.CompletionStage} it
 * returned; {@code null} for nothing and for a failure
 * @param error the exception it threw (or its stage completed with), only in a robust send
 */
public record Response(Object receiver, @Nullable Object value, @Nullable Throwable error) {

	/** @return whether the receiver failed */
	public boolean failed() {
		return this.error != null;
	}

}
