package dev.signals.spring.db.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import dev.signals.spring.Receiver;
import org.postgresql.jdbc.PgConnection;

import org.springframework.stereotype.Component;

import static dev.signals.spring.db.DatabaseSignals.CONNECTION_CREATED;

/** The database signals guide's receiver of {@code connection_created}: a statement timeout for every PostgreSQL session. */
@Component
public class StatementTimeout {

	@Receiver(signal = CONNECTION_CREATED, sender = PgConnection.class)
	void created(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET statement_timeout = '30s'");
		}
	}

}
