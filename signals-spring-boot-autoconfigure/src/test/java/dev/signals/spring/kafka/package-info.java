/**
 * Two services on an embedded Kafka broker: orders sends {@code order_placed} to a topic from its
 * outbox, shipping feeds it to its receivers.
 */
@NullMarked
package dev.signals.spring.kafka;

import org.jspecify.annotations.NullMarked;
