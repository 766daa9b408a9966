/**
 * The {@code signals} Actuator endpoint: every signal, its receivers and its counts.
 */
@NullMarked
package dev.signals.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;
