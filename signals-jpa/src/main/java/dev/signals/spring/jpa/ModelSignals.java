package dev.signals.spring.jpa;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.signals.Argument;
import dev.signals.Signal;

/**
 * The model signals that the JPA bridge sends from Hibernate, named as in Django, for static
 * import: {@code @Receiver(signal = POST_SAVE, sender = Order.class)}. Their arguments are declared
 * here once, by {@link #definitions()}.
 */
public final class ModelSignals {

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
	 * {@code reverse}, {@code model}, {@code pkSet}, {@code using}, {@code relation} (the
	 * {@link ModelRelation} that changed: the owning entity class and its attribute).
	 */
	public static final String M2M_CHANGED = "m2m_changed";

	/** The names of the model signals. */
	static final Set<String> NAMES = Set.of(POST_INIT, PRE_SAVE, POST_SAVE, PRE_DELETE, POST_DELETE, M2M_CHANGED);

	private ModelSignals() {
	}

	/**
	 * Creates new, unconnected definitions of the model signals, one registry's worth, with the
	 * arguments each sends in the order the bridge gives them. {@code instance} and {@code origin}
	 * are {@code Object}: their type is the sender's.
	 * @return the model signals
	 */
	public static List<Signal> definitions() {
		Argument instance = Signal.arg("instance", Object.class);
		Argument raw = Signal.arg("raw", Boolean.class);
		Argument using = Signal.arg("using", String.class);
		Argument updateFields = Signal.arg("updateFields", Set.class);
		Argument previousValues = Signal.arg("previousValues", Map.class);
		Argument origin = Signal.arg("origin", Object.class);
		return List.of(Signal.of(POST_INIT, instance),
				Signal.of(PRE_SAVE, instance, raw, using, updateFields, previousValues),
				Signal.of(POST_SAVE, instance, Signal.arg("created", Boolean.class), raw, using, updateFields,
						previousValues),
				Signal.of(PRE_DELETE, instance, using, origin), Signal.of(POST_DELETE, instance, using, origin),
				Signal.of(M2M_CHANGED, instance, Signal.arg("action", String.class), Signal.arg("reverse", Boolean.class),
						Signal.arg("model", Class.class), Signal.arg("pkSet", Set.class), using,
						Signal.arg("relation", ModelRelation.class)));
	}

}
