/**
 * JMH benchmarks of the dispatcher. Each benchmark class is one scenario and measures
 * signals-core and its peers (a direct call, a plain loop, Spring's event publisher, Guava's
 * EventBus) in the same run, so their ratios are comparable.
 */
@NullMarked
package dev.signals.benchmarks;

import org.jspecify.annotations.NullMarked;
