/**
 * Auto-configuration of durable receivers.
 */
@NullMarked
package dev.signals.autoconfigure.durable;

import org.jspecify.annotations.NullMarked;
