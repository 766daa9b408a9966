/**
 * Signals across services on Kafka: signals sent to topics from the durable outbox, so a record
 * is sent if and only if its transaction committed, and topics that feed local signals.
 */
@NullMarked
package dev.signals.spring.kafka;

import org.jspecify.annotations.NullMarked;
