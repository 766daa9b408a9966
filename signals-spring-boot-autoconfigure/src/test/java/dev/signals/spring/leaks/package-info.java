/**
 * Application contexts started and closed in a row leave nothing behind.
 */
@NullMarked
package dev.signals.spring.leaks;

import org.jspecify.annotations.NullMarked;
