package dev.signals.spring.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jspecify.annotations.Nullable;

/**
 * The record headers a consumer routes signals by: the signal's name, the sender class and the
 * id of the publication the record was sent from (the same on every redelivery, for idempotence).
 */
public final class SignalHeaders {

	/** The name of the signal. */
	public static final String SIGNAL = "signals-signal";

	/** The sender's class name, when the sender is a class. */
	public static final String SENDER = "signals-sender";

	/** The id of the publication the record was sent from. */
	public static final String PUBLICATION_ID = "signals-publication-id";

	private SignalHeaders() {
	}

	static void put(Headers headers, String name, String value) {
		headers.remove(name);
		headers.add(name, value.getBytes(StandardCharsets.UTF_8));
	}

	static @Nullable String get(Headers headers, String name) {
		Header header = headers.lastHeader(name);
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}
