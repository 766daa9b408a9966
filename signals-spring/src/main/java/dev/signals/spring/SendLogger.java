package dev.signals.spring;

import java.util.List;
import java.util.Locale;

import dev.signals.ReceiverCall;
import dev.signals.Signal;
import dev.signals.SignalEvent;
import dev.signals.SignalObserver;
import dev.signals.SignalRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each send that calls a receiver at DEBUG on the {@value #LOGGER_NAME} logger: the signal,
 * the sender, and each receiver called with the time it took. It observes the registry only when
 * that logger is DEBUG-enabled when the context starts, so otherwise sends pay nothing for it.
 */
public final class SendLogger implements SignalObserver, AutoCloseable {

	/** The name of the logger, {@value}. */
	public static final String LOGGER_NAME = "dev.signals.sends";

	private static final Logger logger = LoggerFactory.getLogger(LOGGER_NAME);

	private final Signal.@Nullable Observing observing;

	/**
	 * Creates the logger and, when its logger is DEBUG-enabled, installs it on every signal of the registry.
	 * @param registry the signals to log
	 */
	public SendLogger(SignalRegistry registry) {
		this.observing = logger.isDebugEnabled() ? registry.addObserver(this) : null;
	}

	/** @return whether sends are being logged */
	public boolean isActive() {
		return this.observing != null;
	}

	@Override
	public void onSend(SignalEvent event, List<ReceiverCall> calls, long nanos) {
		if (!logger.isDebugEnabled()) {
			return;
		}
		StringBuilder message = new StringBuilder(64 + 48 * calls.size());
		message.append("Sent ").append(event.signal().name()).append(" from ").append(sender(event.sender()))
			.append(" to ").append(calls.size()).append((calls.size() == 1) ? " receiver" : " receivers")
			.append(" in ").append(millis(nanos)).append(':');
		for (int i = 0; i < calls.size(); i++) {
			ReceiverCall call = calls.get(i);
			message.append((i > 0) ? ", " : " ").append(call.description()).append(' ').append(millis(call.nanos()));
			if (call.failure() != null) {
				message.append(" (failed: ").append(call.failure()).append(')');
			}
		}
		logger.debug(message.toString());
	}

	@Override
	public void onLateFailure(SignalEvent event, Object receiver, Throwable failure) {
		logger.debug("Receiver {} of {} from {} failed after the send: {}", receiver, event.signal().name(),
				sender(event.sender()), failure.toString());
	}

	private static String sender(@Nullable Object sender) {
		return (sender instanceof Class<?> type) ? type.getName() : String.valueOf(sender);
	}

	private static String millis(long nanos) {
		return String.format(Locale.ROOT, "%.3f ms", nanos / 1_000_000.0);
	}

	/** Stops logging sends. */
	@Override
	public void close() {
		if (this.observing != null) {
			this.observing.close();
		}
	}

}
