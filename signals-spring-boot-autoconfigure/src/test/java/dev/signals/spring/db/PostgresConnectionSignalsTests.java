package dev.signals.spring.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import dev.signals.spring.db.app.DatabaseApplication;
import dev.signals.spring.db.app.StatementTimeout;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code connection_created} on PostgreSQL. */
class PostgresConnectionSignalsTests extends AbstractConnectionSignalsTests {

	@Test
	void receiverForPostgresConnectionsSetsTheStatementTimeoutOfEverySession() throws SQLException {
		try (ConfigurableApplicationContext context = DatabaseApplication.start(newDatabase(),
				new Class<?>[] { StatementTimeout.class });
				Connection connection = context.getBean(DataSource.class).getConnection();
				Statement statement = connection.createStatement();
				ResultSet timeout = statement.executeQuery("SHOW statement_timeout")) {
			timeout.next();
			assertThat(timeout.getString(1)).isEqualTo("30s");
		}
	}
	@Override
	String newDatabase() {
		return PostgresDatabases.create();
	}

	@Override
	String[] sessionSetUpAndCheck() {
		return new String[] { "SET application_name = 'on'", "SHOW application_name" };
	}

	@Override
	String connectionClass() {
		return "org.postgresql.jdbc.PgConnection";
	}

}
