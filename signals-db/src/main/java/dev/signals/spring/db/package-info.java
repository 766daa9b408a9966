/**
 * Django's database signals: {@code pre_migrate} and {@code post_migrate} around Flyway and
 * Liquibase migrations, and {@code connection_created} for each new physical connection of a
 * HikariCP pool (or of another pool given {@link dev.signals.spring.db.ConnectionSignals#wrap}).
 */
@NullMarked
package dev.signals.spring.db;

import org.jspecify.annotations.NullMarked;
