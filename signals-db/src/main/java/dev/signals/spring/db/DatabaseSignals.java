package dev.signals.spring.db;

import java.util.List;

import dev.signals.Signal;

/**
 * The database signals: {@code pre_migrate} and {@code post_migrate} around Flyway and Liquibase
 * migrations, and {@code connection_created} for new pooled connections, named as in Django, for
 * static import. Their arguments are declared here once, by {@link #definitions()}.
 */
public final class DatabaseSignals {

	/**
	 * Sent before a schema migration runs on a database. Arguments: {@code using}, {@code plan},
	 * {@code tool}. Sent around Flyway and Liquibase migrations; without either it is never sent.
	 */
	public static final String PRE_MIGRATE = "pre_migrate";

	/** Sent after a schema migration ran on a database: the arguments of {@link #PRE_MIGRATE}. */
	public static final String POST_MIGRATE = "post_migrate";

	/**
	 * Sent when a new physical database connection is opened, before it is used. Arguments:
	 * {@code connection}, {@code using}. Sent for HikariCP pools.
	 */
	public static final String CONNECTION_CREATED = "connection_created";

	private DatabaseSignals() {
	}

	/**
	 * Creates new, unconnected definitions of the database signals, one registry's worth.
	 * @return the database signals
	 */
	public static List<Signal> definitions() {
		return List.of(Signal.of(PRE_MIGRATE, Signal.arg("using", String.class), Signal.arg("plan", List.class),
				Signal.arg("tool", Object.class)),
				Signal.of(POST_MIGRATE, Signal.arg("using", String.class), Signal.arg("plan", List.class),
						Signal.arg("tool", Object.class)),
				Signal.of(CONNECTION_CREATED, Signal.arg("connection", Object.class), Signal.arg("using", String.class)));
	}

}
