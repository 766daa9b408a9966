package dev.signals.spring.db;

import java.util.UUID;

/** The migration signals on H2. */
class H2MigrationSignalsTests extends AbstractMigrationSignalsTests {

	@Override
	String newDatabase() {
		return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
	}

}
