/**
 * Durable signals: the calls of {@code @Receiver(durable = true)} receivers stored as publications
 * in the application's database in the sending transaction, delivered after commit by a bounded
 * pool of workers, retried with backoff and resubmitted when they were left incomplete.
 */
@NullMarked
package dev.signals.spring.durable;

import org.jspecify.annotations.NullMarked;
