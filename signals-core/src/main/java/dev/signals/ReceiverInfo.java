package dev.signals;

import org.jspecify.annotations.Nullable;

/**
 * A description of one connected receiver, for inspection (the Actuator endpoint, logs, tests).
 *
 * @param receiver the receiver object, {@code null} when it was held weakly and collected
 * @param description what the receiver calls itself ({@code toString()}, or {@code Class#method})
 * @param sender the sender it was connected for, {@code null} for any sender (or a collected one)
 * @param anySender whether it receives from every sender
 * @param dispatchUid its dispatch uid, or {@code null}
 * @param weak whether it is held weakly
 * @param includeSubclasses whether subclasses of a class sender match
 */
public record ReceiverInfo(@Nullable Object receiver, String description, @Nullable Object sender, boolean anySender,
		@Nullable String dispatchUid, boolean weak, boolean includeSubclasses) {
}
