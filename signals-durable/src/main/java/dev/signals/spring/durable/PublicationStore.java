package dev.signals.spring.durable;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SQL of the publication table, written for PostgreSQL and H2 (both lock rows with
 * {@code FOR UPDATE SKIP LOCKED}). A publication is {@code PENDING} until it is completed or
 * failed for good; one being delivered is locked by the delivering transaction, never marked, so
 * a crashed instance leaves nothing to clean up.
 */
public final class PublicationStore {

	static final String TABLE = "signals_publication";

	private static final String INSERT = "INSERT INTO " + TABLE + " (id, signal_name, receiver, status, attempts, "
			+ "payload, headers, created_at, next_attempt_at) VALUES (?, ?, ?, 'PENDING', 0, ?, ?, ?, ?)";

	/** Locks pending publications that were never attempted or are due again; skips those being delivered. */
	private static final String CLAIM = "SELECT id, receiver, signal_name, attempts, payload, headers FROM " + TABLE
			+ " WHERE id IN (%s) AND status = 'PENDING' AND (attempts = 0 OR next_attempt_at <= ?) FOR UPDATE SKIP LOCKED";

	private static final String DELETE = "DELETE FROM " + TABLE + " WHERE id IN (%s)";

	private static final String COMPLETE = "UPDATE " + TABLE
			+ " SET status = 'COMPLETED', attempts = attempts + 1, completed_at = ? WHERE id IN (%s)";

	private static final String FAIL = "UPDATE " + TABLE + " SET status = ?, attempts = ?, next_attempt_at = ?, "
			+ "last_error = ? WHERE id = ? AND status = 'PENDING' AND attempts = ?";

	private static final String DUE = "SELECT id FROM " + TABLE
			+ " WHERE status = 'PENDING' AND next_attempt_at <= ? AND receiver IN (%s) ORDER BY next_attempt_at LIMIT ?";

	private static final String COUNTS = "SELECT receiver, signal_name, status, COUNT(*) FROM " + TABLE
			+ " GROUP BY receiver, signal_name, status";

	private static final String RESUBMIT = "UPDATE " + TABLE
			+ " SET status = 'PENDING', attempts = 0, next_attempt_at = ? WHERE status = 'FAILED'";

	private static final String PURGE = "DELETE FROM " + TABLE + " WHERE status = 'COMPLETED' AND completed_at < ?";

	private final JdbcTemplate jdbc;

	public PublicationStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts a pending publication, in the current transaction when there is one.
	 * @param dueAt when a resubmission may deliver it if its instance did not
	 */
	void insert(UUID id, String signal, String receiver, String payload, @Nullable String headers, Instant now,
			Instant dueAt) {
		this.jdbc.update(INSERT, id, signal, receiver, payload, headers, Timestamp.from(now), Timestamp.from(dueAt));
	}

	/**
	 * Locks publications for delivery in the current transaction.
	 * @return those that are pending, due and not being delivered by another transaction
	 */
	List<Publication> claim(List<UUID> ids, Instant now) {
		List<Object> args = new ArrayList<>(ids);
		args.add(Timestamp.from(now));
		return this.jdbc.query(CLAIM.formatted(placeholders(ids.size())), (rs, row) -> new Publication(
				rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
				rs.getString(6)), args.toArray());
	}

	/**
	 * Completes claimed publications in the delivering transaction.
	 * @param keep whether to keep the rows as completed rather than delete them
	 */
	void complete(List<UUID> ids, Instant now, boolean keep) {
		if (keep) {
			List<Object> args = new ArrayList<>();
			args.add(Timestamp.from(now));
			args.addAll(ids);
			this.jdbc.update(COMPLETE.formatted(placeholders(ids.size())), args.toArray());
		}
		else {
			this.jdbc.update(DELETE.formatted(placeholders(ids.size())), ids.toArray());
		}
	}

	private static String placeholders(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

	/**
	 * Records a failed attempt, unless another delivery changed the publication meanwhile.
	 * @param seenAttempts the attempts the failed delivery claimed it with
	 * @param failed whether it failed for good
	 * @param nextAttemptAt when it is due again
	 * @return whether it was recorded
	 */
	boolean fail(UUID id, int seenAttempts, boolean failed, Instant nextAttemptAt, String error) {
		return this.jdbc.update(FAIL, failed ? PublicationStatus.FAILED.name() : PublicationStatus.PENDING.name(),
				seenAttempts + 1, Timestamp.from(nextAttemptAt), error, id, seenAttempts) == 1;
	}

	/**
	 * The pending publications due for delivery, oldest first, of the receivers this instance knows.
	 */
	List<UUID> due(Instant now, Collection<String> receivers, int limit) {
		if (receivers.isEmpty()) {
			return List.of();
		}
		String sql = DUE.formatted(placeholders(receivers.size()));
		List<Object> args = new ArrayList<>();
		args.add(Timestamp.from(now));
		args.addAll(receivers);
		args.add(limit);
		return this.jdbc.query(sql, (rs, row) -> rs.getObject(1, UUID.class), args.toArray());
	}

	/** @return how many publications each receiver has in each state */
	List<PublicationCount> counts() {
		return this.jdbc.query(COUNTS, (rs, row) -> new PublicationCount(rs.getString(1), rs.getString(2),
				PublicationStatus.valueOf(rs.getString(3)), rs.getLong(4)));
	}

	/**
	 * Makes failed publications pending again, with their attempts reset.
	 * @param receiver only this receiver's, or all when {@code null}
	 * @return how many
	 */
	int resubmitFailed(@Nullable String receiver, Instant now) {
		return (receiver != null) ? this.jdbc.update(RESUBMIT + " AND receiver = ?", Timestamp.from(now), receiver)
				: this.jdbc.update(RESUBMIT, Timestamp.from(now));
	}

	/** Deletes the publications completed before a time. */
	int purgeCompleted(Instant before) {
		return this.jdbc.update(PURGE, Timestamp.from(before));
	}

	/**
	 * A publication claimed for delivery.
	 * @param id its id
	 * @param receiver the durable receiver's id
	 * @param signal the signal's name
	 * @param attempts the attempts made before this one
	 * @param payload the stored sender and arguments
	 * @param headers the observation's propagated context, or {@code null}
	 */
	record Publication(UUID id, String receiver, String signal, int attempts, String payload,
			@Nullable String headers) {
	}

}
