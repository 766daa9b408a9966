/**
 * Durable receivers in a real application on H2 and PostgreSQL.
 */
@NullMarked
package dev.signals.spring.durable;

import org.jspecify.annotations.NullMarked;
