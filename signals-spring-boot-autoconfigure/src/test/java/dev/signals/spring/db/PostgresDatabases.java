package dev.signals.spring.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server for the database signals' tests, started at first use and
 * stopped with the JVM; each test gets a database of its own on it.
 */
final class PostgresDatabases {

	private static final AtomicInteger count = new AtomicInteger();

	private static final EmbeddedPostgres server = start();

	private PostgresDatabases() {
	}

	/** @return the JDBC URL of a new, empty database */
	static String create() {
		String name = "signals_" + count.incrementAndGet();
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
		return server.getJdbcUrl("postgres", name);
	}

	private static EmbeddedPostgres start() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is going away
				}
			}));
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
