package dev.signals;

/**
 * The handle of one connection; closing it disconnects the receiver, so that a temporary receiver
 * fits a try-with-resources block. A connect that was ignored because the same key was already
 * connected returns a handle that {@linkplain #added() added} nothing and disconnects nothing.
 */
public interface Connection extends AutoCloseable {

	/** @return whether the connect call added this connection, false when the key was already connected */
	boolean added();

	/** @return whether the connection is still in place */
	boolean isConnected();

	/**
	 * Removes the connection. Sends that start after this returns do not call the receiver.
	 * @return whether something was removed
	 */
	boolean disconnect();

	/** Same as {@link #disconnect()}. */
	@Override
	default void close() {
		disconnect();
	}

}
