/**
 * A small tool for model-based tests: random action sequences from a seed, and a shrinker that
 * reduces a failing sequence to a minimal one.
 */
@NullMarked
package dev.signals.model;

import org.jspecify.annotations.NullMarked;
