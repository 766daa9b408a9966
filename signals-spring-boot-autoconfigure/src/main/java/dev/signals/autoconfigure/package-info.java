/**
 * Auto-configuration of the signal registry and of @Receiver discovery.
 */
@NullMarked
package dev.signals.autoconfigure;

import org.jspecify.annotations.NullMarked;
