package dev.signals.spring.db;

import java.util.List;
import java.util.function.Supplier;

import dev.signals.Signal;
import dev.signals.SignalRegistry;
import dev.signals.spring.ReceiverMethodProcessor;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Sends {@code pre_migrate} and {@code post_migrate} for one migration run of a tool. Tools migrate
 * while the context starts, before the {@code @Receiver} methods are connected: {@code pre_migrate}
 * is sent at once, to its receivers connected ahead (their beans created then), and
 * {@code post_migrate} once every receiver is connected, so that its receivers can use the
 * application's repositories. After startup both are sent at once.
 */
public final class MigrationSignals {

	private final ObjectProvider<SignalRegistry> registry;

	private final ObjectProvider<ReceiverMethodProcessor> processor;

	public MigrationSignals(ObjectProvider<SignalRegistry> registry, ObjectProvider<ReceiverMethodProcessor> processor) {
		this.registry = registry;
		this.processor = processor;
	}

	/**
	 * Sends {@code pre_migrate}, before the run changes anything.
	 * @param tool the tool
	 * @param sender the tool's class
	 * @param using the name of the data source it migrates
	 * @param plan the migrations it is about to apply, computed only when a receiver listens
	 * @throws MigrationSignalException when a receiver throws: the migration must not run
	 */
	void before(MigrationTool tool, Class<?> sender, String using, Supplier<List<Migration>> plan) {
		ReceiverMethodProcessor processor = this.processor.getIfAvailable();
		if (processor != null) {
			processor.connectAhead(DatabaseSignals.PRE_MIGRATE);
		}
		Signal signal = this.registry.getObject().get(DatabaseSignals.PRE_MIGRATE);
		if (signal.hasListeners(sender)) {
			List<Migration> migrations = plan.get();
			send(signal, sender, tool, using, migrations, "before the " + tool.displayName() + " migration of '" + using
					+ "' (" + count(migrations) + " to apply), which did not run");
		}
	}

	/**
	 * Sends {@code post_migrate} for a run that succeeded, once the context's receivers are
	 * connected: at once, or when they are (then a failing receiver fails the start).
	 * @param tool the tool
	 * @param sender the tool's class
	 * @param using the name of the data source it migrated
	 * @param plan the migrations the run applied, in order
	 */
	void after(MigrationTool tool, Class<?> sender, String using, List<Migration> plan) {
		Runnable send = () -> {
			Signal signal = this.registry.getObject().get(DatabaseSignals.POST_MIGRATE);
			if (signal.hasListeners(sender)) {
				send(signal, sender, tool, using, plan,
						"after the " + tool.displayName() + " migration of '" + using + "' (" + count(plan) + " applied)");
			}
		};
		ReceiverMethodProcessor processor = this.processor.getIfAvailable();
		if (processor != null) {
			processor.whenConnected(send);
		}
		else {
			send.run();
		}
	}

	private static void send(Signal signal, Class<?> sender, MigrationTool tool, String using, List<Migration> plan,
			String when) {
		@Nullable FailedReceiver failed = FailedReceiver.send(signal, sender,
				signal.argumentsInOrder(using, List.copyOf(plan), tool));
		if (failed != null) {
			throw new MigrationSignalException("Receiver " + failed.receiver() + " of signal '" + signal.name()
					+ "' failed " + when + ": " + failed.failure(), failed.failure());
		}
	}

	private static String count(List<Migration> plan) {
		return (plan.size() == 1) ? "1 migration" : plan.size() + " migrations";
	}

}
