/**
 * Auto-configuration of the migration and connection signals.
 */
@NullMarked
package dev.signals.autoconfigure.db;

import org.jspecify.annotations.NullMarked;
