/**
 * The startup checks of receivers against what their signals send, in applications with JPA and
 * a web server.
 */
@NullMarked
package dev.signals.spring.checks;

import org.jspecify.annotations.NullMarked;
