package dev.signals.spring.db.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.signals.spring.Receiver;
import dev.signals.spring.db.DatabaseSignals;

import org.springframework.beans.factory.annotation.Value;

/**
 * Sets each new connection up with the session SQL of property {@code test.session.set-up}, as a
 * Django receiver of {@code connection_created} would; fails while {@link #refuse} is set.
 */
public class SessionSetUp {

	private final String sql;

	private final List<Created> created = new CopyOnWriteArrayList<>();

	private volatile boolean refuse;

	SessionSetUp(@Value("${test.session.set-up}") String sql) {
		this.sql = sql;
	}

	@Receiver(signal = DatabaseSignals.CONNECTION_CREATED)
	public void created(Connection connection, String using, Class<?> sender) throws SQLException {
		this.created.add(new Created(connection, using, sender, Thread.currentThread().getName()));
		if (this.refuse) {
			throw new IllegalStateException("refused");
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute(this.sql);
		}
	}

	public List<Created> created() {
		return List.copyOf(this.created);
	}

	public void refuse(boolean refuse) {
		this.refuse = refuse;
	}

	/**
	 * One send.
	 * @param connection the connection
	 * @param using the data source's name
	 * @param sender the sender
	 * @param thread the thread it was sent on
	 */
	public record Created(Connection connection, String using, Class<?> sender, String thread) {
	}

}
