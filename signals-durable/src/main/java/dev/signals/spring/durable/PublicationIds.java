package dev.signals.spring.durable;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ids of publications: version 7 UUIDs (RFC 9562), the time in milliseconds followed by random
 * bits, so that ids made one after the other land next to each other in the table's primary key
 * index. They identify publications; they are not secrets.
 */
final class PublicationIds {

	private PublicationIds() {
	}

	static UUID next(long epochMillis) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long high = (epochMillis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low);
	}

}
