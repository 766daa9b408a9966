package dev.signals;

import java.util.List;

/**
 * Watches the sends of a signal, for metrics, logs or statistics. An observer hears each send
 * that calls at least one receiver, once its receivers have run (or the first failure stopped
 * it), on the thread that called them; and failures of receivers that ran after their send
 * returned.
 * Sends that call no receiver, muted ones included, are not observed: that path stays free of
 * allocation. With no observer installed, sends do no observation work at all.
 *
 * <p>Observers run inside every observed send, so they must be fast and thread-safe. An exception
 * an observer throws is logged at WARN and does not reach the sender.
 *
 * @see Signal#addObserver(SignalObserver)
 * @see SignalRegistry#addObserver(SignalObserver)
 */
public interface SignalObserver {

	/**
	 * Called once per observed send, after its receivers ran.
	 * @param event the signal, sender and arguments of the send
	 * @param calls the receivers called, in dispatch order, each with its duration and failure; a
	 * send stopped by a failure ends with the failing call
	 * @param nanos how long the send took from calling its first receiver to the return of its
	 * last, in nanoseconds
	 */
	void onSend(SignalEvent event, List<ReceiverCall> calls, long nanos);

	/**
	 * Called when a receiver failed after its send returned: a receiver deferred to a
	 * transaction phase or run on another thread, or a {@link java.util.concurrent.CompletionStage}
	 * response of an asynchronous send that completed exceptionally. Does nothing by default.
	 * @param event the send the receiver was called for
	 * @param receiver the receiver
	 * @param failure what it threw
	 * @see Signal#reportLateFailure(SignalEvent, Object, Throwable)
	 */
	default void onLateFailure(SignalEvent event, Object receiver, Throwable failure) {
	}

}
