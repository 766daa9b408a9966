package dev.signals.spring.jpa.differential;

/** The differential test on H2, one in-memory database per application. */
class H2DifferentialTests extends AbstractDifferentialTests {

	@Override
	String database() {
		return "H2";
	}

	@Override
	int sequences() {
		return 500;
	}

	@Override
	String url(String name) {
		return "jdbc:h2:mem:differential_" + name + ";LOCK_TIMEOUT=50";
	}

}
