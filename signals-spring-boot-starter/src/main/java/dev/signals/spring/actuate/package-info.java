/**
 * The {@code signals} Actuator endpoint: every signal, its receivers and its counts.
 */
@NullMarked
package dev.signals.spring.actuate;

import org.jspecify.annotations.NullMarked;
