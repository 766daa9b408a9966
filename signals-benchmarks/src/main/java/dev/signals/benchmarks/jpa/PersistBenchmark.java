package dev.signals.benchmarks.jpa;

import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;

import dev.signals.benchmarks.ModeCheck;
import dev.signals.benchmarks.ProcessCpu;
import dev.signals.spring.jpa.ModelSignals;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Integration scenario "persist and flush N entities in batches through Hibernate": one operation
 * is one transaction persisting {@value #BATCH} new entities, flushing and clearing every
 * {@value #FLUSH_EVERY}, into an in-memory H2 database (a new database per trial, emptied before
 * each iteration and every {@value #EMPTY_EVERY} batches, outside the measured time). Modes: {@code without} is the application with {@code signals.enabled=false};
 * {@code starter} has the starter and no model-signal receiver (target: at most 3% slower);
 * {@code receiver} adds one trivial {@code post_save} receiver (target: at most 10% slower).
 * Besides the time per batch it counts the process's CPU time per batch ({@link ProcessCpu}).
 *
 * <p>Every mode runs with H2's value cache off ({@code h2.objectCache=false}). That cache is one
 * static array into which H2 stores each value bound to a statement; what a store costs depends on
 * where the collector has put that array, and profiles of forks of the same code found from 1% to
 * 9% of their samples there ({@code ValueBigint.get}). A database the application talks to over a
 * connection keeps no such cache in the application's heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 3, jvmArgsAppend = "-Dh2.objectCache=false")
public class PersistBenchmark {

	static final int BATCH = 100;

	static final int FLUSH_EVERY = 50;

	static final int EMPTY_EVERY = 50;

	/** Whether and how signals take part. */
	@Param({ "without", "starter", "receiver" })
	public String mode = "without";

	private JpaApplication.@Nullable Running application;

	private @Nullable JdbcTemplate jdbc;

	private @Nullable SavedItemsCheck check;

	private final String[] names = new String[BATCH];

	private int batchesSinceEmptied;

	/** Starts the application in the chosen mode and checks that the mode is what it claims. */
	@Setup
	public void setUp() {
		JpaApplication.Running application = JpaApplication.start(this.mode,
				"spring.jpa.properties.hibernate.jdbc.batch_size=" + FLUSH_EVERY,
				"spring.jpa.properties.hibernate.order_inserts=true");
		this.application = application;
		ConfigurableApplicationContext context = application.context();
		this.jdbc = context.getBean(JdbcTemplate.class);
		for (int i = 0; i < BATCH; i++) {
			this.names[i] = "item-" + i;
		}
		this.check = new SavedItemsCheck(context, this.mode);
		persistBatch();
		this.check.afterOneBatch(countItems());
	}

	/** Empties the table, so that every iteration starts from the same data. */
	@Setup(Level.Iteration)
	public void emptyTable() {
		jdbc().execute("TRUNCATE TABLE item");
		this.batchesSinceEmptied = 0;
	}

	/**
	 * Empties the table every {@value #EMPTY_EVERY} batches, outside the measured time. Without it
	 * a 2-second iteration would grow the table to hundreds of thousands of rows, and the faster a
	 * mode is, the more rows (and heap) its later batches would have to insert into: the time of a
	 * batch would depend on the mode's own speed and on the collector, not only on the batch.
	 */
	@Setup(Level.Invocation)
	public void emptyTableNowAndThen() {
		if (++this.batchesSinceEmptied > EMPTY_EVERY) {
			emptyTable();
		}
	}

	/** Closes the application. */
	@TearDown
	public void tearDown() {
		if (this.application != null) {
			this.application.close();
		}
	}

	/**
	 * Persists one batch in one transaction.
	 * @param cpu counts the process's CPU time per batch
	 */
	@Benchmark
	public void persist(ProcessCpu cpu) {
		persistBatch();
		cpu.operationDone();
	}

	private void persistBatch() {
		EntityManager entityManager = this.application.entityManager();
		String[] names = this.names;
		this.application.transactions().executeWithoutResult((status) -> {
			for (int i = 0; i < BATCH; i++) {
				entityManager.persist(new Item(names[i], i));
				if ((i + 1) % FLUSH_EVERY == 0) {
					entityManager.flush();
					entityManager.clear();
				}
			}
		});
	}

	private long countItems() {
		Long count = jdbc().queryForObject("SELECT COUNT(*) FROM item", Long.class);
		return (count != null) ? count : 0;
	}

	private JdbcTemplate jdbc() {
		if (this.jdbc == null) {
			throw new IllegalStateException("Not set up");
		}
		return this.jdbc;
	}

	/**
	 * Runs this benchmark alone.
	 * @param args ignored
	 * @throws RunnerException when JMH fails
	 */
	public static void main(String[] args) throws RunnerException {
		new Runner(new OptionsBuilder().include(PersistBenchmark.class.getName()).addProfiler("gc").build()).run();
	}

	/** Checks that a mode measures what it says: signals off, on without receiver, or one receiver called. */
	private static final class SavedItemsCheck {

		private final ConfigurableApplicationContext context;

		private final String mode;

		SavedItemsCheck(ConfigurableApplicationContext context, String mode) {
			this.context = context;
			this.mode = mode;
			ModeCheck.check(context, mode, ModelSignals.POST_SAVE);
		}

		void afterOneBatch(long rows) {
			if (rows != BATCH) {
				throw new IllegalStateException("Expected " + BATCH + " rows after one batch but found " + rows);
			}
			if ("receiver".equals(this.mode)) {
				long saved = this.context.getBean(ReceiverConfiguration.SavedItems.class).count();
				if (saved != BATCH) {
					throw new IllegalStateException("The post_save receiver saw " + saved + " of " + BATCH + " items");
				}
			}
		}

	}

}
