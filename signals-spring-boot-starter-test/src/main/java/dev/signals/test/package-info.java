/**
 * Test support for applications that use signals: {@link dev.signals.test.RecordSignals @RecordSignals}
 * records the signals sent during each test for {@link dev.signals.test.SignalsAssertions fluent assertions},
 * {@link dev.signals.test.MuteSignals @MuteSignals} and {@link dev.signals.test.SignalsTesting} mute signals and
 * connect temporary receivers.
 */
@NullMarked
package dev.signals.test;

import org.jspecify.annotations.NullMarked;
