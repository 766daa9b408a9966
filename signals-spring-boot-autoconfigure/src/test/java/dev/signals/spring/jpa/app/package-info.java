/**
 * A small JPA application for the model-signal tests: entities, repositories and receivers.
 */
@NullMarked
package dev.signals.spring.jpa.app;

import org.jspecify.annotations.NullMarked;
