package dev.signals.spring.durable;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Publication ids are version 7 UUIDs that sort by the millisecond they were made in. */
class PublicationIdsTests {

	@Test
	void idIsAVersionSevenUuidOfTheRfcVariant() {
		UUID id = PublicationIds.next(1_700_000_000_000L);
		assertThat(id.version()).isEqualTo(7);
		assertThat(id.variant()).isEqualTo(2);
		assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(1_700_000_000_000L);
	}

	@Test
	void idsOfLaterMillisecondsSortAfterEarlierOnes() {
		UUID earlier = PublicationIds.next(1_700_000_000_000L);
		UUID later = PublicationIds.next(1_700_000_000_001L);
		assertThat(later.toString()).isGreaterThan(earlier.toString());
		assertThat(PublicationIds.next(1_700_000_000_000L)).isNotEqualTo(earlier);
	}

}
