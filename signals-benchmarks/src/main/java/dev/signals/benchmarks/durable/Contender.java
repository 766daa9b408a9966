package dev.signals.benchmarks.durable;

/**
 * One way to run a receiver after a transaction commits, each in its own application context on
 * the same PostgreSQL, each doing the same work: a transaction inserts an order and announces it;
 * after commit, on four threads, a receiver inserts one effect row for it.
 */
enum Contender {

	/** A signal with an async {@code AFTER_COMMIT} receiver: at most once, nothing stored. */
	SIGNALS_AFTER_COMMIT("signals AFTER_COMMIT (async)", false),

	/** A signal with a durable receiver: one publication stored in the transaction. */
	SIGNALS_DURABLE("signals durable", false),

	/** A Spring event with an {@code @ApplicationModuleListener} and no registry: at most once. */
	SPRING_AFTER_COMMIT("Spring @ApplicationModuleListener, no registry", false),

	/** The same listener with Spring Modulith's JDBC event publication registry. */
	MODULITH_JDBC("Spring Modulith JDBC registry", true);

	private final String label;

	private final boolean modulith;

	Contender(String label, boolean modulith) {
		this.label = label;
		this.modulith = modulith;
	}

	String label() {
		return this.label;
	}

	boolean modulith() {
		return this.modulith;
	}

	boolean signals() {
		return this == SIGNALS_AFTER_COMMIT || this == SIGNALS_DURABLE;
	}

}
