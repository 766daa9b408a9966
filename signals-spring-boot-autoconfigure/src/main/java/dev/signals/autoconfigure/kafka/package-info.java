/**
 * Auto-configuration of signals across services on Kafka.
 */
@NullMarked
package dev.signals.autoconfigure.kafka;

import org.jspecify.annotations.NullMarked;
