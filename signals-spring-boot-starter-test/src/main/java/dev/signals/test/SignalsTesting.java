package dev.signals.test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.signals.Connect;
import dev.signals.Connection;
import dev.signals.Signal;
import dev.signals.SignalReceiver;
import dev.signals.SignalRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Helpers for tests that need signals quiet, recorded or heard for a while, with or without a
 * Spring test context: the block and handle forms of {@link MuteSignals @MuteSignals} and
 * {@link RecordSignals @RecordSignals}, and temporary receivers.
 *
 * <pre>{@code
 * SignalsTesting.muted(registry, () -> orders.save(order), POST_SAVE);
 * try (Connection c = SignalsTesting.receive(registry, POST_SAVE, Order.class, (event) -> seen.add(event))) {
 *     orders.save(order);
 * }
 * }</pre>
 */
public final class SignalsTesting {

	private SignalsTesting() {
	}

	/**
	 * Starts recording every signal of a registry, for any sender, until the recorder is closed.
	 * Signals registered later are not recorded.
	 * @param registry the registry
	 * @return the recorder
	 */
	public static SignalRecorder record(SignalRegistry registry) {
		return new SignalRecorder(Objects.requireNonNull(registry, "registry must not be null"));
	}

	/**
	 * Starts recording some signals, for any sender, until the recorder is closed.
	 * @param signals the signals, with distinct names
	 * @return the recorder
	 */
	public static SignalRecorder record(Signal... signals) {
		SignalRegistry registry = new SignalRegistry();
		for (Signal signal : signals) {
			registry.register(signal);
		}
		return new SignalRecorder(registry);
	}

	/**
	 * Mutes signals until the returned handle is closed: their sends call no receiver, on any thread.
	 * @param registry the registry holding the signals
	 * @param signalNames the names of the signals to mute, at least one
	 * @return the handle that lifts these mutes
	 * @throws dev.signals.NoSuchSignalException when a name is unknown; nothing is muted then
	 */
	public static Signal.Muting mute(SignalRegistry registry, String... signalNames) {
		Objects.requireNonNull(registry, "registry must not be null");
		if (signalNames.length == 0) {
			throw new IllegalArgumentException("Name at least one signal to mute, for example ModelSignals.POST_SAVE");
		}
		Set<Signal> signals = new LinkedHashSet<>();
		for (String name : signalNames) {
			signals.add(registry.get(name));
		}
		List<Signal.Muting> mutings = new ArrayList<>();
		signals.forEach((signal) -> mutings.add(signal.mute()));
		return () -> {
			for (int i = mutings.size() - 1; i >= 0; i--) {
				mutings.get(i).close();
			}
		};
	}

	/**
	 * Runs a block with signals muted, lifting the mutes afterwards even when it throws, as
	 * factory_boy's {@code mute_signals}.
	 * @param <E> the exception the block may throw
	 * @param registry the registry holding the signals
	 * @param block the code to run
	 * @param signalNames the names of the signals to mute, at least one
	 * @throws E when the block does
	 */
	public static <E extends Exception> void muted(SignalRegistry registry, Block<E> block, String... signalNames)
			throws E {
		Objects.requireNonNull(block, "block must not be null");
		try (Signal.Muting muting = mute(registry, signalNames)) {
			block.run();
		}
	}

	/**
	 * Connects a temporary receiver for any sender; close the returned connection, for example with
	 * try-with-resources, to disconnect it.
	 * @param registry the registry holding the signal
	 * @param signalName the signal's name
	 * @param receiver the receiver
	 * @return the connection
	 * @throws IllegalStateException when the receiver is already connected for any sender
	 */
	public static Connection receive(SignalRegistry registry, String signalName, SignalReceiver receiver) {
		return added(registry.get(signalName).connect(receiver, Connect.anySender()), signalName, null);
	}

	/**
	 * Connects a temporary receiver for one sender, matched by identity as {@link Connect#sender(Object)};
	 * close the returned connection to disconnect it. For other options, connect with
	 * {@code registry.get(name).connect(receiver, options)}, which returns the same kind of handle.
	 * @param registry the registry holding the signal
	 * @param signalName the signal's name
	 * @param sender the sender, for example an entity class
	 * @param receiver the receiver
	 * @return the connection
	 * @throws IllegalStateException when the receiver is already connected for that sender
	 */
	public static Connection receive(SignalRegistry registry, String signalName, Object sender,
			SignalReceiver receiver) {
		return added(registry.get(signalName).connect(receiver, Connect.sender(sender)), signalName, sender);
	}

	private static Connection added(Connection connection, String signalName, @Nullable Object sender) {
		if (!connection.added()) {
			throw new IllegalStateException("The receiver is already connected to signal '" + signalName + "' for "
					+ ((sender != null) ? RecordedSignal.describe(sender) : "any sender")
					+ "; a temporary connection would add nothing and its close would disconnect nothing");
		}
		return connection;
	}

	/**
	 * Code to run while signals are muted.
	 * @param <E> the exception it may throw, inferred from the lambda
	 */
	@FunctionalInterface
	public interface Block<E extends Exception> {

		/**
		 * Runs the code.
		 * @throws E when the code does
		 */
		void run() throws E;

	}

}
