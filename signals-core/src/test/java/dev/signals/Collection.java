package dev.signals;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.fail;

/** Waits for an object to be garbage collected, on a ReferenceQueue rather than by sleeping. */
final class Collection {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private final ReferenceQueue<Object> queue = new ReferenceQueue<>();

	private final Set<Object> enqueued = new HashSet<>();

	/**
	 * Starts watching an object; the caller then drops its own references to it.
	 * @param target the object
	 * @return the reference to pass to {@link #awaitCollected}
	 */
	WeakReference<Object> watch(Object target) {
		return new WeakReference<>(target, this.queue);
	}

	/**
	 * Runs the collector until the watched object is enqueued.
	 * @param reference what {@link #watch} returned
	 */
	void awaitCollected(WeakReference<Object> reference) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			System.gc();
			try {
				if (this.enqueued.contains(reference)) {
					return;
				}
				Object next = this.queue.remove(50);
				if (next != null) {
					this.enqueued.add(next);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		fail("%s was not collected within %s: something still holds it", reference.get(), TIMEOUT);
	}

}
