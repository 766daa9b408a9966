/**
 * JMH benchmark of the connection signals: borrowing pooled connections from HikariCP with signals
 * off, with the starter's bridge and no receiver, and with one {@code connection_created} receiver.
 */
@NullMarked
package dev.signals.benchmarks.jdbc;

import org.jspecify.annotations.NullMarked;
