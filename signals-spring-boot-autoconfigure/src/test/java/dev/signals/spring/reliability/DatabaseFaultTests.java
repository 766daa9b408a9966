package dev.signals.spring.reliability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaSystemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The database connection of a transaction dies before the commit: its PostgreSQL backend is
 * terminated from another connection. The commit fails, no AFTER_COMMIT work runs, the pool
 * recovers and no thread is left waiting.
 */
@SpringBootTest(classes = ReliabilityApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ExtendWith(OutputCaptureExtension.class)
class DatabaseFaultTests {

	private static final Duration BOUND = Duration.ofSeconds(60);

	@Autowired
	private PaymentService service;

	@Autowired
	private PaymentReceivers receivers;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private HikariDataSource pool;

	@Autowired
	private EmbeddedPostgres postgres;

	@BeforeEach
	void clean() {
		this.jdbc.update("delete from payment");
		this.receivers.clear();
	}

	/**
	 * The INSERT and its {@code post_save} are done; the commit fails. Spring rolls back (on the
	 * dead connection, which the driver treats as done), so the outcome is a rollback.
	 */
	@Test
	void connectionKilledAfterTheFlushFailsTheCommitAndRunsNoAfterCommitReceiver(CapturedOutput output) {
		assertTimeoutPreemptively(BOUND, () -> {
			AtomicLong written = new AtomicLong();
			assertThatThrownBy(() -> this.service.payAndThen(5, true, (id, backend) -> {
				written.set(id);
				terminate(backend);
			})).isInstanceOf(DataAccessResourceFailureException.class)
				.hasMessageContaining("Unable to commit against JDBC Connection")
				.rootCause()
				.hasMessageContaining("terminating connection due to administrator command");
			Long id = written.get();
			assertThat(rows()).isEmpty();
			assertThat(this.receivers.postSaves()).containsExactly(entry(id, 1));
			assertThat(this.receivers.committed()).isEmpty();
			assertThat(this.receivers.rolledBack()).containsExactly(id);
			assertThat(this.receivers.completed()).containsExactly(id);
			assertThat(this.receivers.preSaveOutcomes()).containsExactlyInAnyOrder("rolled back " + id,
					"completed " + id);
			assertThat(output).contains("marked as broken because of SQLSTATE(57P01)");
			assertNextTransactionWorks();
		});
	}

	/**
	 * The commit's flush meets the dead connection: the INSERT fails, so no {@code post_save} is
	 * sent, and the rollback fails too. Spring then reports the rollback's exception, logs the
	 * flush's at ERROR, and completes with an unknown outcome: AFTER_COMPLETION receivers run,
	 * AFTER_COMMIT and AFTER_ROLLBACK receivers do not.
	 */
	@Test
	void connectionKilledBeforeTheFlushFailsTheCommitWithAnUnknownOutcome(CapturedOutput output) {
		assertTimeoutPreemptively(BOUND, () -> {
			AtomicLong written = new AtomicLong();
			assertThatThrownBy(() -> this.service.payAndThen(6, false, (id, backend) -> {
				written.set(id);
				terminate(backend);
			})).isInstanceOf(JpaSystemException.class)
				.hasMessageContaining("Unable to rollback against JDBC Connection");
			Long id = written.get();
			assertThat(rows()).isEmpty();
			assertThat(this.receivers.postSaves()).isEmpty();
			assertThat(this.receivers.committed()).isEmpty();
			assertThat(this.receivers.rolledBack()).isEmpty();
			assertThat(this.receivers.preSaveOutcomes()).containsExactly("completed " + id);
			assertThat(output).contains("ERROR").contains("Commit exception overridden by rollback exception");
			assertNextTransactionWorks();
		});
	}

	private List<Long> rows() {
		return this.jdbc.queryForList("select id from payment", Long.class);
	}

	private void assertNextTransactionWorks() {
		this.receivers.clear();
		Long id = this.service.pay(7);
		assertThat(rows()).containsExactly(id);
		assertThat(this.receivers.committed()).containsExactly(id);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.pool.getHikariPoolMXBean().getActiveConnections()).isZero());
	}

	/** Terminates a backend from a connection outside the pool and waits until it is gone. */
	private void terminate(Integer backend) {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				PreparedStatement statement = connection.prepareStatement("select pg_terminate_backend(?, 10000)")) {
			statement.setInt(1, backend);
			try (ResultSet result = statement.executeQuery()) {
				assertThat(result.next()).isTrue();
				assertThat(result.getBoolean(1)).as("backend %s terminated", backend).isTrue();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
