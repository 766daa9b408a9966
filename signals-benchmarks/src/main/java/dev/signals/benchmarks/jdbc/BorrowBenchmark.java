package dev.signals.benchmarks.jdbc;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import dev.signals.benchmarks.ModeCheck;
import dev.signals.benchmarks.ProcessCpu;
import dev.signals.spring.db.DatabaseSignals;
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
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Integration scenario "borrow a pooled connection": one operation borrows a connection from
 * Spring Boot's HikariCP pool and gives it back, {@value #BORROWS} times (so that reading the
 * process's CPU time once per operation costs little). Modes: {@code without} is the application
 * with {@code signals.enabled=false}; {@code bridge} has the starter, whose pool opens its physical
 * connections through the data source that sends {@code connection_created}, with no receiver;
 * {@code receiver} adds one {@code connection_created} receiver. A borrow never opens a connection,
 * so the target is no difference at all.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class BorrowBenchmark {

	static final int BORROWS = 1000;

	/** Whether and how signals take part. */
	@Param({ "without", "bridge", "receiver" })
	public String mode = "without";

	private @Nullable ConfigurableApplicationContext context;

	private @Nullable HikariDataSource pool;

	/**
	 * Starts the application in the chosen mode and checks that the mode is what it claims.
	 * @throws SQLException when the pool fails
	 */
	@Setup
	public void setUp() throws SQLException {
		ConfigurableApplicationContext context = JdbcApplication.start(this.mode);
		this.context = context;
		HikariDataSource pool = context.getBean(HikariDataSource.class);
		this.pool = pool;
		borrowAll(pool);
		check(context, pool, this.mode);
	}

	/** Closes the application. */
	@TearDown
	public void tearDown() {
		if (this.context != null) {
			this.context.close();
		}
	}

	/**
	 * Borrows and returns a connection {@value #BORROWS} times.
	 * @param cpu counts the process's CPU time per operation
	 * @throws SQLException when the pool fails
	 */
	@Benchmark
	public void borrow(ProcessCpu cpu) throws SQLException {
		borrowAll(this.pool);
		cpu.operationDone();
	}

	private static void borrowAll(HikariDataSource pool) throws SQLException {
		for (int i = 0; i < BORROWS; i++) {
			pool.getConnection().close();
		}
	}

	private static void check(ConfigurableApplicationContext context, HikariDataSource pool, String mode) {
		boolean signals = ModeCheck.check(context, mode, DatabaseSignals.CONNECTION_CREATED);
		if ((pool.getDataSource() != null) != signals) {
			throw new IllegalStateException("Mode " + mode + " but the pool is " + (signals ? "not " : "") + "bridged");
		}
		if ("receiver".equals(mode) && context.getBean(JdbcApplication.CreatedConnections.class).count() == 0) {
			throw new IllegalStateException("The connection_created receiver heard no connection");
		}
	}

	/**
	 * Runs this benchmark alone.
	 * @param args ignored
	 * @throws RunnerException when JMH fails
	 */
	public static void main(String[] args) throws RunnerException {
		new Runner(new OptionsBuilder().include(BorrowBenchmark.class.getName()).addProfiler("gc").build()).run();
	}

}
