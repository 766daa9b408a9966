/**
 * A small application whose schema Flyway or Liquibase creates, with receivers of the database
 * signals, for the tests of the database signals.
 */
@NullMarked
package dev.signals.spring.db.app;

import org.jspecify.annotations.NullMarked;
