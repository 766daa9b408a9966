/**
 * Micrometer metrics of signal sends and receiver failures.
 */
@NullMarked
package dev.signals.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
