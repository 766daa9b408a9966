/**
 * Two instances of an application delivering the publications of one database.
 */
@NullMarked
package dev.signals.spring.durable.instances;

import org.jspecify.annotations.NullMarked;
