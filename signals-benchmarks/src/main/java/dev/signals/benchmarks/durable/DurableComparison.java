package dev.signals.benchmarks.durable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Durable signals against Spring Modulith's JDBC event publication registry, in one run on one
 * embedded PostgreSQL. For each {@link Contender}, in rounds whose order rotates, with the
 * deliveries paused ({@code context.stop()}: the signals workers and Boot's task executor hold what
 * they are given): the time of one committing transaction, one thread committing one after the
 * other; then four threads commit more. Then the deliveries resume ({@code context.start()}) and
 * the delivery throughput is the backlog over the time until every receiver ran and every
 * publication is complete. The added cost of storing a publication is each durable contender's
 * time per transaction less its at-most-once counterpart's.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.signals.benchmarks.durable.DurableComparison
 * [rounds] [transactions] [publications]}.
 */
public final class DurableComparison {

	private static final int WARMUP = 500;

	private static final int SENDERS = 4;

	private final JdbcTemplate admin;

	private final String url;

	private final AtomicLong ids = new AtomicLong();

	private DurableComparison(JdbcTemplate admin, String url) {
		this.admin = admin;
		this.url = url;
	}

	/**
	 * Runs the comparison and prints its results.
	 * @param args rounds (3), transactions measured one after the other (2,000), publications for
	 * the throughput (4,000)
	 * @throws Exception when a run fails
	 */
	public static void main(String[] args) throws Exception {
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 3;
		int transactions = (args.length > 1) ? Integer.parseInt(args[1]) : 2000;
		int publications = (args.length > 2) ? Integer.parseInt(args[2]) : 4000;
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
			JdbcTemplate admin = new JdbcTemplate(postgres.getPostgresDatabase());
			admin.execute("create table bench_order (id bigint primary key)");
			admin.execute("create table bench_effect (order_id bigint not null)");
			new DurableComparison(admin, postgres.getJdbcUrl("postgres", "postgres")).run(rounds, transactions,
					publications);
		}
	}

	private void run(int rounds, int transactions, int publications) throws Exception {
		Map<Contender, List<Double>> micros = new EnumMap<>(Contender.class);
		Map<Contender, List<Double>> throughput = new EnumMap<>(Contender.class);
		Contender[] contenders = Contender.values();
		for (int round = 0; round < rounds; round++) {
			for (int i = 0; i < contenders.length; i++) {
				Contender contender = contenders[(i + round) % contenders.length];
				clean();
				try (ConfigurableApplicationContext context = OutboxApplication.start(contender, this.url)) {
					OutboxApplication.Orders orders = context.getBean(OutboxApplication.Orders.class);
					sequential(orders, WARMUP);
					drain(contender);
					context.stop();
					long start = System.nanoTime();
					sequential(orders, transactions);
					micros.computeIfAbsent(contender, (key) -> new ArrayList<>())
						.add((System.nanoTime() - start) / 1000.0 / transactions);
					concurrent(orders, publications - transactions);
					long delivered = count("select count(*) from bench_effect");
					start = System.nanoTime();
					context.start();
					drain(contender);
					throughput.computeIfAbsent(contender, (key) -> new ArrayList<>())
						.add((publications + WARMUP - delivered) / ((System.nanoTime() - start) / 1e9));
				}
				System.out.printf(Locale.ROOT, "round %d %-48s %8.1f us/tx %8.0f publications/s%n", round + 1,
						contender.label(), last(micros.get(contender)), last(throughput.get(contender)));
			}
		}
		report(micros, throughput);
	}

	private void sequential(OutboxApplication.Orders orders, int count) {
		for (int i = 0; i < count; i++) {
			orders.place(this.ids.incrementAndGet());
		}
	}

	private void concurrent(OutboxApplication.Orders orders, int count) throws Exception {
		ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int s = 0; s < SENDERS; s++) {
				done.add(senders.submit(() -> sequential(orders, count / SENDERS)));
			}
			for (Future<?> future : done) {
				future.get(10, TimeUnit.MINUTES);
			}
		}
		finally {
			senders.shutdown();
		}
	}

	/** Waits until every order has its effect and the contender's store has nothing incomplete. */
	private void drain(Contender contender) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
		while (!drained(contender)) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(contender + " did not deliver everything in 10 minutes");
			}
			Thread.sleep(5);
		}
	}

	private boolean drained(Contender contender) {
		long orders = count("select count(*) from bench_order");
		if (count("select count(*) from bench_effect") < orders) {
			return false;
		}
		return switch (contender) {
			case SIGNALS_DURABLE -> count("select count(*) from signals_publication") == 0;
			case MODULITH_JDBC -> count("select count(*) from event_publication where completion_date is null") == 0;
			default -> true;
		};
	}

	private long count(String sql) {
		return this.admin.queryForObject(sql, Long.class);
	}

	private void clean() {
		this.admin.execute("truncate bench_order, bench_effect");
		this.admin.execute("drop table if exists signals_publication");
		this.admin.execute("drop table if exists event_publication");
		this.admin.execute("drop table if exists event_publication_archive");
	}

	private static void report(Map<Contender, List<Double>> micros, Map<Contender, List<Double>> throughput) {
		System.out.println();
		System.out.println("median over rounds:");
		for (Contender contender : Contender.values()) {
			System.out.printf(Locale.ROOT, "  %-48s %8.1f us/tx %8.0f publications/s%n", contender.label(),
					median(micros.get(contender)), median(throughput.get(contender)));
		}
		double signalsAdded = median(micros.get(Contender.SIGNALS_DURABLE)) - median(micros.get(Contender.SIGNALS_AFTER_COMMIT));
		double modulithAdded = median(micros.get(Contender.MODULITH_JDBC)) - median(micros.get(Contender.SPRING_AFTER_COMMIT));
		System.out.printf(Locale.ROOT, "added cost per transaction: signals durable %.1f us, Modulith %.1f us, ratio %.2f%n",
				signalsAdded, modulithAdded, signalsAdded / modulithAdded);
		System.out.printf(Locale.ROOT, "time per transaction: signals durable / Modulith %.2f%n",
				median(micros.get(Contender.SIGNALS_DURABLE)) / median(micros.get(Contender.MODULITH_JDBC)));
		System.out.printf(Locale.ROOT, "delivery throughput: signals durable / Modulith %.2f%n",
				median(throughput.get(Contender.SIGNALS_DURABLE)) / median(throughput.get(Contender.MODULITH_JDBC)));
	}

	private static double last(List<Double> values) {
		return values.get(values.size() - 1);
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

}
