/**
 * The README's first receiver, class for class, in a small JPA application.
 */
@NullMarked
package dev.signals.spring.readme;

import org.jspecify.annotations.NullMarked;
