/**
 * Ahead-of-time processing of applications with receivers: the hints a native image needs.
 */
@NullMarked
package dev.signals.spring.aot;

import org.jspecify.annotations.NullMarked;
