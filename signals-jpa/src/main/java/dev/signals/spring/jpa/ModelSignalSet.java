package dev.signals.spring.jpa;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.signals.Signal;
import dev.signals.SignalRegistry;
import org.jspecify.annotations.Nullable;

/**
 * The model signals of one registry, resolved once, and the persistence unit name they carry as
 * {@code using}. Builds the arguments of each send.
 */
final class ModelSignalSet {

	private static final Map<String, List<String>> ARGUMENTS = ModelSignals.definitions()
		.stream()
		.collect(Collectors.toMap(Signal::name, Signal::argumentNames));

	final Signal postInit;

	final Signal preSave;

	final Signal postSave;

	final Signal preDelete;

	final Signal postDelete;

	final Signal m2mChanged;

	final String using;

	ModelSignalSet(SignalRegistry registry, String using) {
		// the arguments are built in declaration order, which these names pin down
		this.postInit = declared(registry, ModelSignals.POST_INIT);
		this.preSave = declared(registry, ModelSignals.PRE_SAVE);
		this.postSave = declared(registry, ModelSignals.POST_SAVE);
		this.preDelete = declared(registry, ModelSignals.PRE_DELETE);
		this.postDelete = declared(registry, ModelSignals.POST_DELETE);
		this.m2mChanged = declared(registry, ModelSignals.M2M_CHANGED);
		this.using = using;
	}

	/**
	 * The registry's signal of a name, which must declare the arguments of {@link ModelSignals}: the
	 * bridge builds them in that order.
	 */
	private static Signal declared(SignalRegistry registry, String name) {
		Signal signal = registry.get(name);
		List<String> arguments = ARGUMENTS.get(name);
		if (!signal.argumentNames().equals(arguments)) {
			throw new IllegalStateException("The model signal '" + name + "' must declare the arguments "
					+ arguments + " but declares " + signal.argumentNames());
		}
		return signal;
	}

	/** @return the six model signals */
	List<Signal> all() {
		return List.of(this.postInit, this.preSave, this.postSave, this.preDelete, this.postDelete, this.m2mChanged);
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
