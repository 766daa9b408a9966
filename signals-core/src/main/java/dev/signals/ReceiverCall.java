package dev.signals;

import org.jspecify.annotations.Nullable;

/**
 * One receiver called by an observed send, as a {@link SignalObserver} sees it.
 *
 * @param receiver the receiver object
 * @param description what the receiver calls itself, its {@code toString()}
 * @param nanos how long the call took, in nanoseconds
 * @param failure what the receiver threw, or {@code null} when it returned
 */
public record ReceiverCall(Object receiver, String description, long nanos, @Nullable Throwable failure) {

	/** @return whether the receiver threw */
	public boolean failed() {
		return this.failure != null;
	}

}
