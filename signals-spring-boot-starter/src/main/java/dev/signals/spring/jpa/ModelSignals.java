package dev.signals.spring.jpa;

import java.util.Map;
import java.util.Set;

import dev.signals.Signal;
import dev.signals.SignalRegistry;
import dev.signals.Signals;
import org.jspecify.annotations.Nullable;

/**
 * The model signals of one registry, resolved once, and the persistence unit name they carry as
 * {@code using}. Builds the arguments of each send.
 */
final class ModelSignals {

	static final Set<String> NAMES = Set.of(Signals.POST_INIT, Signals.PRE_SAVE, Signals.POST_SAVE,
			Signals.PRE_DELETE, Signals.POST_DELETE, Signals.M2M_CHANGED);

	final Signal postInit;

	final Signal preSave;

	final Signal postSave;

	final Signal preDelete;

	final Signal postDelete;

	final Signal m2mChanged;

	final String using;

	ModelSignals(SignalRegistry registry, String using) {
		this.postInit = registry.get(Signals.POST_INIT);
		this.preSave = registry.get(Signals.PRE_SAVE);
		this.postSave = registry.get(Signals.POST_SAVE);
		this.preDelete = registry.get(Signals.PRE_DELETE);
		this.postDelete = registry.get(Signals.POST_DELETE);
		this.m2mChanged = registry.get(Signals.M2M_CHANGED);
		this.using = using;
	}

	/** @return whether a receiver listens to a signal that writes send (all but {@code post_init}) */
	boolean hasWriteReceivers() {
		return this.preSave.hasReceivers() || this.postSave.hasReceivers() || this.preDelete.hasReceivers()
				|| this.postDelete.hasReceivers() || this.m2mChanged.hasReceivers();
	}

	ModelEvent postInit(Class<?> sender, Object instance) {
		return new ModelEvent(this.postInit, sender, this.postInit.arguments("instance", instance));
	}

	ModelEvent preSave(Class<?> sender, Object instance, String @Nullable [] updateFields,
			@Nullable Map<String, @Nullable Object> previousValues) {
		return new ModelEvent(this.preSave, sender, this.preSave.arguments("instance", instance, "raw", false,
				"using", this.using, "updateFields", fields(updateFields), "previousValues", previousValues));
	}

	ModelEvent postSave(Class<?> sender, Object instance, boolean created, String @Nullable [] updateFields,
			@Nullable Map<String, @Nullable Object> previousValues) {
		return new ModelEvent(this.postSave, sender,
				this.postSave.arguments("instance", instance, "created", created, "raw", false, "using", this.using,
						"updateFields", fields(updateFields), "previousValues", previousValues));
	}

	ModelEvent delete(Signal signal, Class<?> sender, Object instance, Object origin) {
		return new ModelEvent(signal, sender, signal.arguments("instance", instance, "using", this.using, "origin",
				origin));
	}

	ModelEvent m2mChanged(Class<?> sender, Object instance, String action, Class<?> model,
			@Nullable Set<Object> pkSet) {
		return new ModelEvent(this.m2mChanged, sender, this.m2mChanged.arguments("instance", instance, "action",
				action, "reverse", false, "model", model, "pkSet", pkSet, "using", this.using));
	}

	private static @Nullable Set<String> fields(String @Nullable [] names) {
		return (names != null) ? Set.of(names) : null;
	}

}
