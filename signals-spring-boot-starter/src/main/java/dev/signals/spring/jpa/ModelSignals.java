package dev.signals.spring.jpa;

import java.util.Map;
import java.util.List;
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
		// the arguments are built in declaration order, which these names pin down
		this.postInit = declared(registry, Signals.POST_INIT, "instance");
		this.preSave = declared(registry, Signals.PRE_SAVE, "instance", "raw", "using", "updateFields",
				"previousValues");
		this.postSave = declared(registry, Signals.POST_SAVE, "instance", "created", "raw", "using", "updateFields",
				"previousValues");
		this.preDelete = declared(registry, Signals.PRE_DELETE, "instance", "using", "origin");
		this.postDelete = declared(registry, Signals.POST_DELETE, "instance", "using", "origin");
		this.m2mChanged = declared(registry, Signals.M2M_CHANGED, "instance", "action", "reverse", "model", "pkSet",
				"using", "relation");
		this.using = using;
	}

	private static Signal declared(SignalRegistry registry, String name, String... arguments) {
		Signal signal = registry.get(name);
		if (!signal.argumentNames().equals(List.of(arguments))) {
			throw new IllegalStateException("The model signal '" + name + "' must declare the arguments "
					+ List.of(arguments) + " but declares " + signal.argumentNames());
		}
		return signal;
	}

	/** @return whether a receiver listens to a signal that writes send (all but {@code post_init}) */
	boolean hasWriteReceivers() {
		return this.preSave.hasReceivers() || this.postSave.hasReceivers() || this.preDelete.hasReceivers()
				|| this.postDelete.hasReceivers() || this.m2mChanged.hasReceivers();
	}

	/** @return whether a receiver listens to {@code pre_delete} or {@code post_delete} */
	boolean hasDeleteReceivers() {
		return this.preDelete.hasReceivers() || this.postDelete.hasReceivers();
	}

	/**
	 * @param sender an entity class
	 * @return whether {@code pre_delete} or {@code post_delete} has receivers for it
	 */
	boolean hasDeleteReceivers(Class<?> sender) {
		return this.preDelete.hasListeners(sender) || this.postDelete.hasListeners(sender);
	}

	ModelEvent postInit(Class<?> sender, Object instance) {
		return new ModelEvent(this.postInit, sender, this.postInit.argumentsInOrder(instance));
	}

	/**
	 * @param dirty the changes of an update, {@code null} for an insert
	 */
	ModelEvent preSave(Class<?> sender, Object instance, @Nullable Dirty dirty) {
		return new ModelEvent(this.preSave, sender, this.preSave.argumentsInOrder(instance, false, this.using,
				(dirty != null) ? dirty.updateFields() : null, (dirty != null) ? dirty.previousValues() : null));
	}

	/**
	 * @param dirty the changes of an update, {@code null} for an insert or an update whose previous
	 * state Hibernate did not keep
	 */
	ModelEvent postSave(Class<?> sender, Object instance, boolean created, @Nullable Dirty dirty) {
		return new ModelEvent(this.postSave, sender, this.postSave.argumentsInOrder(instance, created, false,
				this.using, (dirty != null) ? dirty.updateFields() : (created ? null : Set.of()),
				(dirty != null) ? dirty.previousValues() : null));
	}

	ModelEvent delete(Signal signal, Class<?> sender, Object instance, Object origin) {
		return new ModelEvent(signal, sender, signal.argumentsInOrder(instance, this.using, origin));
	}

	ModelEvent m2mChanged(Class<?> sender, Object instance, String action, Class<?> model,
			@Nullable Set<Object> pkSet, ModelRelation relation) {
		return new ModelEvent(this.m2mChanged, sender, this.m2mChanged.argumentsInOrder(instance, action, false,
				model, pkSet, this.using, relation));
	}

}
