package dev.signals.spring.jpa.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;

/** The differential test on PostgreSQL: one embedded server, one database per application. */
class PostgresDifferentialTests extends AbstractDifferentialTests {

	private @Nullable EmbeddedPostgres postgres;

	@Override
	String database() {
		return "PostgreSQL";
	}

	@Override
	int sequences() {
		return 500;
	}

	@Override
	void startDatabase() {
		try {
			// lock waits time out quickly (a wait here is always a deadlock with the waiting thread), so
			// nothing else may take locks: autovacuum would make the reset's ALTER TABLE wait
			this.postgres = EmbeddedPostgres.builder().setServerConfig("autovacuum", "off").start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	void stopDatabase() {
		if (this.postgres != null) {
			try {
				this.postgres.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	@Override
	String url(String name) {
		EmbeddedPostgres server = this.postgres;
		if (server == null) {
			throw new IllegalStateException("PostgreSQL did not start");
		}
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return server.getJdbcUrl("postgres", name) + "&options=-c%20lock_timeout%3D50";
	}

}
