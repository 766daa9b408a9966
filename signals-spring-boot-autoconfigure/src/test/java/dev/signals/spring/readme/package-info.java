/**
 * The README's samples of the starter, class for class: its first receiver and its custom signal.
 */
@NullMarked
package dev.signals.spring.readme;

import org.jspecify.annotations.NullMarked;
