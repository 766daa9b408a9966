/**
 * The crash test: an application killed with SIGKILL while it commits orders, and a new instance
 * on the same database.
 */
@NullMarked
package dev.signals.spring.durable.crash;

import org.jspecify.annotations.NullMarked;
