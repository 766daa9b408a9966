package dev.signals.spring.db;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;
import org.jspecify.annotations.Nullable;

/**
 * Sends {@code pre_migrate} and {@code post_migrate} around each {@code migrate} of a Flyway that
 * has this callback, with {@code Flyway.class} as sender. Spring Boot gives every {@link Callback}
 * bean to the Flyway it configures; a Flyway built by hand needs it in its {@code callbacks(...)}.
 * The plan of {@code pre_migrate} is Flyway's pending migrations, read on a connection of its own
 * when a receiver listens; the plan of {@code post_migrate} the migrations the run applied.
 */
public final class FlywayMigrationSignals implements Callback {

	private final MigrationSignals signals;

	private final DataSourceNames names;

	/** The migrations applied so far by each run under way, by its configuration; guarded by itself. */
	private final Map<Configuration, List<Migration>> runs = new IdentityHashMap<>();

	public FlywayMigrationSignals(MigrationSignals signals, DataSourceNames names) {
		this.signals = signals;
		this.names = names;
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.BEFORE_MIGRATE || event == Event.AFTER_EACH_MIGRATE || event == Event.AFTER_MIGRATE
				|| event == Event.AFTER_MIGRATE_ERROR;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		Configuration configuration = context.getConfiguration();
		if (event == Event.BEFORE_MIGRATE) {
			synchronized (this.runs) {
				this.runs.put(configuration, new ArrayList<>());
			}
			this.signals.before(MigrationTool.FLYWAY, Flyway.class, using(configuration), () -> pending(configuration));
		}
		else if (event == Event.AFTER_EACH_MIGRATE) {
			synchronized (this.runs) {
				List<Migration> applied = this.runs.get(configuration);
				if (applied != null) {
					applied.add(migration(context.getMigrationInfo(), Migration.State.APPLIED));
				}
			}
		}
		else {
			List<Migration> applied;
			synchronized (this.runs) {
				applied = this.runs.remove(configuration);
			}
			if (event == Event.AFTER_MIGRATE && applied != null) {
				this.signals.after(MigrationTool.FLYWAY, Flyway.class, using(configuration), applied);
			}
		}
	}

	@Override
	public String getCallbackName() {
		return "signals";
	}

	private String using(Configuration configuration) {
		return this.names.of(configuration.getDataSource(), "flyway");
	}

	/** Flyway's pending migrations, from a copy of the configuration without callbacks. */
	private static List<Migration> pending(Configuration configuration) {
		MigrationInfo[] pending = Flyway.configure(configuration.getClassLoader())
			.configuration(configuration)
			.callbacks(new Callback[0])
			.skipDefaultCallbacks(true)
			.load()
			.info()
			.pending();
		return Arrays.stream(pending).map((info) -> migration(info, Migration.State.PENDING)).toList();
	}

	private static Migration migration(MigrationInfo info, Migration.State state) {
		@Nullable MigrationVersion version = info.getVersion();
		return new Migration((version != null) ? version.getVersion() : null, info.getDescription(), state);
	}

}
