package dev.signals.spring.jpa;

import dev.signals.Signal;
import org.jspecify.annotations.Nullable;

/**
 * Whether a signal has listeners for an entity class, asked once per flush and class while
 * Hibernate writes: a flush writes the rows of a class in a run, and the receivers' table, read
 * between Hibernate's writes of two rows, is rarely still in the processor's cache. Outside a
 * flush (an insert at persist time) it is asked every time.
 */
final class HeardInFlush {

	private final Signal signal;

	/** The entity class asked about last in this flush, or {@code null} when this flush asked nothing yet. */
	private @Nullable Class<?> sender;

	private boolean heard;

	HeardInFlush(Signal signal) {
		this.signal = signal;
	}

	/**
	 * @param sender the entity class
	 * @param flushing whether Hibernate is flushing now
	 * @return whether a send for the class would call a receiver
	 */
	boolean heard(Class<?> sender, boolean flushing) {
		if (!flushing) {
			return this.signal.hasListeners(sender);
		}
		if (sender != this.sender) {
			this.heard = this.signal.hasListeners(sender);
			this.sender = sender;
		}
		return this.heard;
	}

	/** A flush started or ended: the next one asks afresh. */
	void forget() {
		this.sender = null;
	}

}
