package dev.signals;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names of the built-in signals, valued as in Django, for static import:
 * {@code @Receiver(signal = POST_SAVE, sender = Order.class)}.
 *
 * <p>{@link #builtIns()} creates their definitions with the arguments each one sends and their
 * types, {@code Object} where the value's type depends on the sender ({@code instance},
 * {@code origin}) or on an API this module does not depend on (the servlet request and response,
 * the relation of {@code m2m_changed}: the Spring Boot starter checks those).
 */
public final class Signals {

	/** Sent after an entity is loaded from the database. Arguments: {@code instance}. */
	public static final String POST_INIT = "post_init";

	/**
	 * Sent before an entity's row is inserted or updated. Arguments: {@code instance},
	 * {@code raw}, {@code using}, {@code updateFields}, {@code previousValues}.
	 */
	public static final String PRE_SAVE = "pre_save";

	/** Sent after an entity's row is inserted or updated: the arguments of {@link #PRE_SAVE} and {@code created}. */
	public static final String POST_SAVE = "post_save";

	/** Sent before an entity's row is deleted. Arguments: {@code instance}, {@code using}, {@code origin}. */
	public static final String PRE_DELETE = "pre_delete";

	/** Sent after an entity's row is deleted. Arguments: {@code instance}, {@code using}, {@code origin}. */
	public static final String POST_DELETE = "post_delete";

	/**
	 * Sent when a many-to-many collection changes. Arguments: {@code instance}, {@code action},
	 * {@code reverse}, {@code model}, {@code pkSet}, {@code using}, {@code relation} (the relation
	 * that changed, where Django's sender is the through model; the Spring Boot starter sends its
	 * {@code ModelRelation}).
	 */
	public static final String M2M_CHANGED = "m2m_changed";

	/** Sent when the server starts handling a request. Arguments: {@code request}. */
	public static final String REQUEST_STARTED = "request_started";

	/** Sent once the response is complete. Arguments: {@code request}, {@code response}. */
	public static final String REQUEST_FINISHED = "request_finished";

	/** Sent when a request fails with a server error. Arguments: {@code request}, {@code exception}. */
	public static final String GOT_REQUEST_EXCEPTION = "got_request_exception";

	/**
	 * Sent before a schema migration runs on a database. Arguments: {@code using}, {@code plan},
	 * {@code tool}. The Spring Boot starter sends it around Flyway and Liquibase migrations; without
	 * either it is never sent.
	 */
	public static final String PRE_MIGRATE = "pre_migrate";

	/** Sent after a schema migration ran on a database: the arguments of {@link #PRE_MIGRATE}. */
	public static final String POST_MIGRATE = "post_migrate";

	/**
	 * Sent when a new physical database connection is opened, before it is used. Arguments:
	 * {@code connection}, {@code using}. The Spring Boot starter sends it for HikariCP pools.
	 */
	public static final String CONNECTION_CREATED = "connection_created";

	private Signals() {
	}

	/**
	 * Creates new, unconnected definitions of every built-in signal, one registry's worth.
	 * @return the built-in signals, in the order of the constants above
	 */
	public static List<Signal> builtIns() {
		Argument instance = Signal.arg("instance", Object.class);
		Argument raw = Signal.arg("raw", Boolean.class);
		Argument using = Signal.arg("using", String.class);
		Argument updateFields = Signal.arg("updateFields", Set.class);
		Argument previousValues = Signal.arg("previousValues", Map.class);
		Argument origin = Signal.arg("origin", Object.class);
		Argument request = Signal.arg("request", Object.class);
		return List.of(Signal.of(POST_INIT, instance),
				Signal.of(PRE_SAVE, instance, raw, using, updateFields, previousValues),
				Signal.of(POST_SAVE, instance, Signal.arg("created", Boolean.class), raw, using, updateFields,
						previousValues),
				Signal.of(PRE_DELETE, instance, using, origin), Signal.of(POST_DELETE, instance, using, origin),
				Signal.of(M2M_CHANGED, instance, Signal.arg("action", String.class), Signal.arg("reverse", Boolean.class),
						Signal.arg("model", Class.class), Signal.arg("pkSet", Set.class), using,
						Signal.arg("relation", Object.class)),
				Signal.of(REQUEST_STARTED, request),
				Signal.of(REQUEST_FINISHED, request, Signal.arg("response", Object.class)),
				Signal.of(GOT_REQUEST_EXCEPTION, request, Signal.arg("exception", Throwable.class)),
				Signal.of(PRE_MIGRATE, using, Signal.arg("plan", List.class), Signal.arg("tool", Object.class)),
				Signal.of(POST_MIGRATE, using, Signal.arg("plan", List.class), Signal.arg("tool", Object.class)),
				Signal.of(CONNECTION_CREATED, Signal.arg("connection", Object.class), using));
	}

}
