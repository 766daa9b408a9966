package dev.signals.spring.durable;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With {@code signals.durable.completed-retention}, completed publications are kept as completed
 * for that long, counted by the endpoint, and then deleted by the periodic resubmission.
 */
@SpringBootTest(classes = DurableApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.jpa.hibernate.ddl-auto=create-drop", "signals.durable.completed-retention=1h",
				"signals.durable.resubmit.interval=100ms" })
class H2CompletedRetentionTests {

	private static final String SHIP = DurableReceivers.class.getName() + "#ship";

	@Autowired
	PurchaseService service;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DurablePublications publications;

	@Test
	void completedPublicationIsKeptForTheRetentionThenDeleted() {
		DurableReceivers.reset();
		this.service.place("kept", new Note("k", 1));
		await().until(() -> completed() == 2);
		Map<String, Object> row = this.jdbc
			.queryForMap("select attempts, completed_at from signals_publication where receiver = ?", SHIP);
		assertThat(row.get("attempts")).isEqualTo(1);
		assertThat(row.get("completed_at")).isNotNull();
		assertThat(this.publications.counts()).contains(new PublicationCount(SHIP, "purchase_placed",
				PublicationStatus.COMPLETED, 1));

		this.jdbc.update("update signals_publication set completed_at = ? where receiver = ?",
				Timestamp.from(Instant.now().minus(Duration.ofHours(2))), SHIP);
		await().until(() -> completed() == 1);
		assertThat(this.jdbc.queryForList("select receiver from signals_publication", String.class))
			.containsExactly(DurableReceivers.class.getName() + "#invoice");
	}

	private long completed() {
		return this.jdbc.queryForObject("select count(*) from signals_publication where status = 'COMPLETED'",
				Long.class);
	}

}
