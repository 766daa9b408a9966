/**
 * JMH benchmark of {@code @Receiver} bean methods connected by the starter, against a
 * hand-written receiver calling the same method.
 */
@NullMarked
package dev.signals.benchmarks.starter;

import org.jspecify.annotations.NullMarked;
