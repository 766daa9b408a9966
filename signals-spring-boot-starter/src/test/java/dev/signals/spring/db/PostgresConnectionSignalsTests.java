package dev.signals.spring.db;

/** {@code connection_created} on PostgreSQL. */
class PostgresConnectionSignalsTests extends AbstractConnectionSignalsTests {

	@Override
	String newDatabase() {
		return PostgresDatabases.create();
	}

	@Override
	String[] sessionSetUpAndCheck() {
		return new String[] { "SET application_name = 'on'", "SHOW application_name" };
	}

	@Override
	String connectionClass() {
		return "org.postgresql.jdbc.PgConnection";
	}

}
