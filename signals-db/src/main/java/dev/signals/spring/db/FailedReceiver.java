package dev.signals.spring.db;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import dev.signals.Arguments;
import dev.signals.ReceiverCall;
import dev.signals.Signal;
import dev.signals.SignalEvent;
import dev.signals.SignalException;
import dev.signals.SignalObserver;
import org.jspecify.annotations.Nullable;

/**
 * A receiver that failed a send, named: sends stop at the first failure as in Django, and an
 * unchecked exception propagates without saying whose it is.
 *
 * @param receiver the receiver's description ({@code Class#method} for a {@code @Receiver} method)
 * @param failure what it threw
 */
record FailedReceiver(String receiver, Throwable failure) {

	/**
	 * Sends a signal, observing the send only to learn which receiver fails; for rare sends.
	 * @param signal the signal
	 * @param sender the sender
	 * @param arguments the arguments
	 * @return {@code null} when every receiver returned, else the one that threw
	 */
	static @Nullable FailedReceiver send(Signal signal, Object sender, Arguments arguments) {
		AtomicReference<String> failed = new AtomicReference<>("a receiver");
		SignalObserver observer = (SignalEvent event, List<ReceiverCall> calls, long nanos) -> {
			if (event.arguments() == arguments) {
				calls.stream().filter(ReceiverCall::failed).findFirst().ifPresent((call) -> failed.set(call.description()));
			}
		};
		try (Signal.Observing observing = signal.addObserver(observer)) {
			signal.send(sender, arguments);
			return null;
		}
		catch (SignalException ex) {
			return new FailedReceiver(ex.getReceiverDescription(), (ex.getCause() != null) ? ex.getCause() : ex);
		}
		catch (RuntimeException ex) {
			return new FailedReceiver(failed.get(), ex);
		}
	}

}
