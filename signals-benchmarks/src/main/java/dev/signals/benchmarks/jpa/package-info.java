/**
 * JMH benchmark of the JPA bridge: persisting batches through Hibernate with signals off, with
 * the starter and no receiver, and with one {@code post_save} receiver.
 */
@NullMarked
package dev.signals.benchmarks.jpa;

import org.jspecify.annotations.NullMarked;
