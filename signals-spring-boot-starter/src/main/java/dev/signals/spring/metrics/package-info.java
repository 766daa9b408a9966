/**
 * Micrometer metrics of signal sends and receiver failures.
 */
@NullMarked
package dev.signals.spring.metrics;

import org.jspecify.annotations.NullMarked;
