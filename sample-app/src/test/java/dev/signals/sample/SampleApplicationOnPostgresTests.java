package dev.signals.sample;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same end-to-end tests on a real PostgreSQL, configured the way the tutorial tells a user to:
 * with the usual {@code spring.datasource.*} properties.
 */
class SampleApplicationOnPostgresTests extends SampleApplicationTests {

	private static final EmbeddedPostgres postgres = start();

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry properties) {
		properties.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
		properties.add("spring.datasource.username", () -> "postgres");
		properties.add("spring.datasource.password", () -> "postgres");
	}

	private static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
