package dev.signals.spring.db;

/** The tool that runs a migration, the {@code tool} argument of the migration signals. */
public enum MigrationTool {

	/** Flyway; the sender is {@code org.flywaydb.core.Flyway.class}. */
	FLYWAY("Flyway"),

	/** Liquibase; the sender is {@code liquibase.integration.spring.SpringLiquibase.class}. */
	LIQUIBASE("Liquibase");

	private final String displayName;

	MigrationTool(String displayName) {
		this.displayName = displayName;
	}

	/** @return the tool's name as its users spell it */
	public String displayName() {
		return this.displayName;
	}

}
