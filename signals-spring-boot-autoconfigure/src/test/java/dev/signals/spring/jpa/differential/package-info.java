/**
 * A differential test of the JPA bridge: the same seeded random sequences of JPA operations run
 * against an application without the starter and one with it, each on its own database, and
 * everything the application can observe is compared after every transaction.
 */
@NullMarked
package dev.signals.spring.jpa.differential;

import org.jspecify.annotations.NullMarked;
