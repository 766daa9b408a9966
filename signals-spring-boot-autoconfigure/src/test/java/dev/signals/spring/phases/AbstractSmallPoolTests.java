package dev.signals.spring.phases;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.signals.spring.phases.SmallPoolReceivers.ChainStart;
import dev.signals.spring.phases.SmallPoolReceivers.Together;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code AFTER_COMMIT} receivers that write, with a connection pool of two: each runs on the
 * connection its committed transaction already holds, so none waits for a second one.
 */
abstract class AbstractSmallPoolTests {

	@Autowired
	NoteService service;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void clean() {
		this.jdbc.update("delete from audit_entry");
		this.jdbc.update("delete from note");
		SmallPoolReceivers.bothCommitted.reset();
	}

	@Test
	void twoThreadsCommittingAtOnceBothCompleteTheirAfterCommitReceivers() throws Exception {
		CompletableFuture<?> first = CompletableFuture.runAsync(() -> this.service.write("a", Together.class));
		CompletableFuture<?> second = CompletableFuture.runAsync(() -> this.service.write("b", Together.class));
		CompletableFuture.allOf(first, second).get(60, TimeUnit.SECONDS);
		assertThat(audits()).containsExactlyInAnyOrder("together a", "together b");
	}

	@Test
	void chainOfTwoAfterCommitReceiversCompletesOnOneThread() {
		this.service.write("c", ChainStart.class);
		assertThat(audits()).containsExactlyInAnyOrder("chain start c", "chain next c next");
		assertThat(this.jdbc.queryForList("select text from note", String.class))
			.containsExactlyInAnyOrder("c", "c next");
	}

	private List<String> audits() {
		return this.jdbc.queryForList("select text from audit_entry", String.class);
	}

}
