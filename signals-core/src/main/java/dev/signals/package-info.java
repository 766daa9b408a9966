/**
 * Django-style signals for Java: named {@link dev.signals.Signal signals} that decoupled code
 * connects receivers to and sends through, kept per application in a
 * {@link dev.signals.SignalRegistry}.
 */
@NullMarked
package dev.signals;

import org.jspecify.annotations.NullMarked;
