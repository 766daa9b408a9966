package dev.signals.spring.db;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import dev.signals.Signal;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Opens connections from its target and sends {@code connection_created} for each one, as Django's
 * database wrapper does when it connects; see {@link ConnectionSignals#wrap}.
 */
final class ConnectionCreatedDataSource extends DelegatingDataSource {

	private final Signal signal;

	private final String using;

	ConnectionCreatedDataSource(DataSource target, Signal signal, String using) {
		super(target);
		this.signal = signal;
		this.using = using;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return created(obtainTargetDataSource().getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return created(obtainTargetDataSource().getConnection(username, password));
	}

	private Connection created(Connection connection) throws SQLException {
		Class<?> sender = connection.getClass();
		if (!this.signal.hasListeners(sender)) {
			return connection;
		}
		@Nullable FailedReceiver failed = FailedReceiver.send(this.signal, sender,
				this.signal.argumentsInOrder(connection, this.using));
		if (failed == null) {
			return connection;
		}
		try {
			connection.close();
		}
		catch (SQLException ex) {
			failed.failure().addSuppressed(ex);
		}
		Throwable cause = failed.failure();
		throw new SQLException("Receiver " + failed.receiver() + " of signal 'connection_created' failed for a new "
				+ "connection of '" + this.using + "', which was closed: " + cause,
				(cause instanceof SQLException sql) ? sql.getSQLState() : null, cause);
	}

	@Override
	public String toString() {
		return "connection_created for '" + this.using + "' from " + obtainTargetDataSource();
	}

}
