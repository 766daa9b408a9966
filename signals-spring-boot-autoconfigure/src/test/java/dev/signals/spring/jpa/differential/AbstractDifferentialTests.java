package dev.signals.spring.jpa.differential;

import java.util.List;
import java.util.Locale;

import dev.signals.spring.jpa.differential.App.Variant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

import static org.assertj.core.api.Assertions.fail;

/**
 * The differential test of the JPA bridge on one database: random sequences of JPA operations
 * give the same outcomes, reads, SQL statements and table contents with the starter as without
 * it. Each application has its own database.
 */
@TestInstance(Lifecycle.PER_CLASS)
abstract class AbstractDifferentialTests {

	/** Loggers that report every expected failure (constraint violations, rollbacks) at warn or error. */
	private static final List<String> QUIET = List.of("org.hibernate.orm.jdbc.error", "org.hibernate.orm.collection",
			"org.hibernate.orm.core", "org.hibernate.orm.session",
			"org.springframework.transaction.support.TransactionTemplate",
			"io.zonky.test.db.postgres.embedded.EmbeddedPostgres");

	private @Nullable App plain;

	/** @return the database's name in reports */
	abstract String database();

	/** @return how many sequences {@code mvn verify} runs with a receiver on every signal */
	abstract int sequences();

	/** Starts the database server, if there is one. */
	void startDatabase() {
	}

	/** Stops the database server, if there is one. */
	void stopDatabase() {
	}

	/**
	 * The URL of a database of its own for an application.
	 * @param name the database's name
	 * @return its JDBC URL, with lock waits timed out after a fraction of a second
	 */
	abstract String url(String name);

	@BeforeAll
	void startPlainApplication() {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		QUIET.forEach((logger) -> logging.setLogLevel(logger, LogLevel.OFF));
		startDatabase();
		this.plain = start(Variant.PLAIN, "plain");
	}

	@AfterAll
	void stopPlainApplication() {
		try {
			if (this.plain != null) {
				this.plain.close();
			}
		}
		finally {
			LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
			QUIET.forEach((logger) -> logging.setLogLevel(logger, null));
			stopDatabase();
		}
	}

	@Test
	void withANoOpReceiverOnEveryModelSignalTheApplicationSeesWhatItSeesWithoutTheStarter() {
		check(Variant.RECEIVERS, sequences());
	}

	@Test
	void withTheStarterAndNoReceiverTheApplicationSeesWhatItSeesWithoutTheStarter() {
		check(Variant.NO_RECEIVER, Math.max(1, sequences() / 4));
	}

	/** The harness itself is deterministic: it finds no difference between two identical applications. */
	@Test
	void twoApplicationsWithoutTheStarterSeeTheSame() {
		check(Variant.PLAIN, Math.max(1, sequences() / 8));
	}

	private void check(Variant variant, int sequences) {
		App without = this.plain;
		if (without == null) {
			throw new IllegalStateException("The application without the starter did not start");
		}
		try (App with = start(variant, "other_" + variant.name())) {
			String differences = new DifferentialCheck(database(), without, with).run(sequences);
			if (!differences.isEmpty()) {
				fail(((variant == Variant.PLAIN) ? "Two applications without the starter behave differently, so the "
						+ "test is not deterministic:\n" : "The application behaves differently " + variant.description
								+ " than without the starter:\n") + differences);
			}
		}
	}

	private App start(Variant variant, String database) {
		return App.start(variant, url(database.toLowerCase(Locale.ROOT)),
				QUIET.stream().map((logger) -> "logging.level." + logger + "=off").toList());
	}

}
