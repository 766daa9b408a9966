package dev.signals.spring;

import dev.signals.SignalEvent;

/**
 * Stores the calls of {@linkplain Receiver#durable() durable} receivers instead of running them,
 * to deliver them later through {@link ReceiverMethod#deliver(SignalEvent, java.util.UUID)}. The
 * starter's durable support implements it; receiver discovery hands it each durable receiver at
 * startup and each send that reaches one.
 */
public interface ReceiverOutbox {

	/**
	 * Takes a durable receiver at startup, checking that its calls can be stored.
	 * @param receiver the receiver
	 * @throws ReceiverDeclarationException when they cannot
	 */
	void register(ReceiverMethod receiver);

	/**
	 * Stores one call of a durable receiver: in the sending transaction when one is active.
	 * @param receiver the receiver
	 * @param event the send
	 * @throws IllegalArgumentException naming the signal, the argument and its type when a value
	 * cannot be stored
	 */
	void store(ReceiverMethod receiver, SignalEvent event);

}
