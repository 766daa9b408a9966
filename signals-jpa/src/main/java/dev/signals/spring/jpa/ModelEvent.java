package dev.signals.spring.jpa;

import dev.signals.Arguments;
import dev.signals.Signal;

/**
 * One model signal to send: recorded while Hibernate works, sent once it is safe to run receivers.
 * @param signal the signal
 * @param sender the entity class
 * @param arguments the arguments
 */
record ModelEvent(Signal signal, Class<?> sender, Arguments arguments) {

	/** @return the entity the signal is about (the owner, for {@code m2m_changed}) */
	Object instance() {
		Object instance = this.arguments.get("instance");
		if (instance == null) {
			throw new IllegalStateException(this + " has no instance");
		}
		return instance;
	}

	void send() {
		this.signal.send(this.sender, this.arguments);
	}

	@Override
	public String toString() {
		return this.signal.name() + "(" + this.sender.getSimpleName() + ")";
	}

}
