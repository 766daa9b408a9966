/**
 * Durable signals measured against Spring Modulith's JDBC event publication registry.
 */
@NullMarked
package dev.signals.benchmarks.durable;

import org.jspecify.annotations.NullMarked;
