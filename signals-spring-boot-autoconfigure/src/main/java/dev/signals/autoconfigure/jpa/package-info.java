/**
 * Auto-configuration of the model signals sent from Hibernate.
 */
@NullMarked
package dev.signals.autoconfigure.jpa;

import org.jspecify.annotations.NullMarked;
