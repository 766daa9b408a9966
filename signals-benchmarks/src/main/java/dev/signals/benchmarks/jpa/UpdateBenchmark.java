package dev.signals.benchmarks.jpa;

import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;

import dev.signals.benchmarks.ProcessCpu;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;


/**
 * Integration scenario "update N of the loaded entities": one operation is one transaction that
 * loads {@value #LOADED} items and changes {@value #CHANGED} of them, committed into an in-memory
 * H2 database. Modes as in {@link PersistBenchmark}; the {@code receiver} mode's one
 * {@code post_save} receiver hears every update (target: at most 10% slower than {@code without}).
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
public class UpdateBenchmark {

	static final int LOADED = 200;

	static final int CHANGED = 20;

	/** Whether and how signals take part. */
	@Param({ "without", "starter", "receiver" })
	public String mode = "without";

	private JpaApplication.@Nullable Running application;

	private int round;

	/** Starts the application in the chosen mode with {@value #LOADED} items saved. */
	@Setup
	public void setUp() {
		JpaApplication.Running application = JpaApplication.start(this.mode);
		this.application = application;
		EntityManager entityManager = application.entityManager();
		application.transactions().executeWithoutResult((status) -> {
			for (int i = 0; i < LOADED; i++) {
				entityManager.persist(new Item("item-" + i, 0));
			}
		});
	}

	/** Closes the application. */
	@TearDown
	public void tearDown() {
		if (this.application != null) {
			this.application.close();
		}
	}

	/**
	 * Loads every item and changes some of them, in one transaction.
	 * @param cpu counts the process's CPU time per transaction
	 */
	@Benchmark
	public void update(ProcessCpu cpu) {
		EntityManager entityManager = this.application.entityManager();
		int quantity = ++this.round;
		this.application.transactions().executeWithoutResult((status) -> {
			List<Item> items = entityManager.createQuery("select i from Item i order by i.id", Item.class)
				.getResultList();
			for (int i = 0; i < CHANGED; i++) {
				items.get(i * (LOADED / CHANGED)).setQuantity(quantity);
			}
		});
		cpu.operationDone();
	}

}
