package dev.signals.spring.durable;

import java.lang.reflect.Type;
import java.util.Map;
import java.util.UUID;

import dev.signals.Signal;
import dev.signals.SignalEvent;

/**
 * Something whose calls are stored in the publication table and delivered later: a durable
 * {@code @Receiver} method, or the sending of a signal to a broker.
 */
public interface DurableTarget {

	/**
	 * The id its publications are stored under: stable across restarts and the same on every
	 * instance of the application.
	 * @return the id
	 */
	String id();

	/** @return the signal it receives */
	Signal signal();

	/**
	 * The arguments to store, each with the type it is read back as ({@code Object} for the type
	 * it was sent as).
	 * @return the declared types by argument name
	 */
	Map<String, Type> arguments();

	/** @return whether to store the sender too */
	boolean storesSender();

	/**
	 * Delivers one publication, in the delivering transaction.
	 * @param event the send, recreated from what was stored
	 * @param publicationId the publication's id
	 * @throws Exception when the delivery failed; it is then retried
	 */
	void deliver(SignalEvent event, UUID publicationId) throws Exception;

}
