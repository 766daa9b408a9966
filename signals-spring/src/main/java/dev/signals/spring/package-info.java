/**
 * Spring Boot integration: the signal registry of an application context, {@code @Receiver}
 * discovery and transaction phases.
 */
@NullMarked
package dev.signals.spring;

import org.jspecify.annotations.NullMarked;
