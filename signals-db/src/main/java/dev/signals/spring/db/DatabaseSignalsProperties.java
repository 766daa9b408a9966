package dev.signals.spring.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the database signals: the migration signals sent around Flyway and Liquibase
 * migrations, and {@code connection_created} sent for new pooled connections.
 */
@ConfigurationProperties("signals.db")
public class DatabaseSignalsProperties {

	private final Migrations migrations = new Migrations();

	private final Connections connections = new Connections();

	public Migrations getMigrations() {
		return this.migrations;
	}

	public Connections getConnections() {
		return this.connections;
	}

	/** Settings of pre_migrate and post_migrate. */
	public static class Migrations {

		/** Whether to send pre_migrate and post_migrate around Flyway and Liquibase migrations. */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	/** Settings of connection_created. */
	public static class Connections {

		/** Whether to send connection_created for each new physical connection of a HikariCP pool. */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

}
