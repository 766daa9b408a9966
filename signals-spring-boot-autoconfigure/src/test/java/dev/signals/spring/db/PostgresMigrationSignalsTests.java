package dev.signals.spring.db;

/** The migration signals on PostgreSQL. */
class PostgresMigrationSignalsTests extends AbstractMigrationSignalsTests {

	@Override
	String newDatabase() {
		return PostgresDatabases.create();
	}

}
