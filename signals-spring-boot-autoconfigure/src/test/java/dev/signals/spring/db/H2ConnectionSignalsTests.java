package dev.signals.spring.db;

import java.util.UUID;

/** {@code connection_created} on H2. */
class H2ConnectionSignalsTests extends AbstractConnectionSignalsTests {

	@Override
	String newDatabase() {
		return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
	}

	@Override
	String[] sessionSetUpAndCheck() {
		return new String[] { "SET @signals = 'on'", "SELECT @signals" };
	}

	@Override
	String connectionClass() {
		return "org.h2.jdbc.JdbcConnection";
	}

}
