package dev.signals.spring.db.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.signals.Signal;
import dev.signals.spring.Receiver;
import dev.signals.spring.db.DatabaseSignals;
import dev.signals.spring.db.Migration;
import dev.signals.spring.db.MigrationTool;

/** Records every send of the migration signals, as a {@code @Receiver} bean of the application. */
public class MigrationLog {

	private final List<Sent> sent = new CopyOnWriteArrayList<>();

	@Receiver(signal = { DatabaseSignals.PRE_MIGRATE, DatabaseSignals.POST_MIGRATE })
	public void migrated(Signal signal, Class<?> sender, String using, List<Migration> plan, MigrationTool tool) {
		this.sent.add(new Sent(signal.name(), sender, using, plan, tool));
	}

	public List<Sent> sent() {
		return List.copyOf(this.sent);
	}

	/**
	 * One send.
	 * @param signal the signal's name
	 * @param sender the sender
	 * @param using the data source's name
	 * @param plan the plan
	 * @param tool the tool
	 */
	public record Sent(String signal, Class<?> sender, String using, List<Migration> plan, MigrationTool tool) {
	}

}
