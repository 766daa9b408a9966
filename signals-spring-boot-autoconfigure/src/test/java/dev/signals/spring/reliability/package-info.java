/**
 * Reliability tests of the starter: concurrent writes, failing receivers in every phase and
 * bridge, database faults, and contexts that leave nothing behind.
 */
@NullMarked
package dev.signals.spring.reliability;

import org.jspecify.annotations.NullMarked;
