/**
 * The samples of the README and the guides, class for class: the README's receiver, the receivers
 * guide's custom signal and the many-to-many guide's receiver of one relation.
 */
@NullMarked
package dev.signals.spring.readme;

import org.jspecify.annotations.NullMarked;
