/**
 * The README's samples of the starter, class for class: its first receiver, its custom signal and
 * its receiver of one many-to-many relation.
 */
@NullMarked
package dev.signals.spring.readme;

import org.jspecify.annotations.NullMarked;
