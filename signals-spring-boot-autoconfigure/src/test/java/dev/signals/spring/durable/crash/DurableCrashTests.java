package dev.signals.spring.durable.crash;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A separate JVM commits up to 1,000 orders with a durable receiver on PostgreSQL and is killed
 * with SIGKILL part-way, while deliveries are behind; a new instance on the same database
 * delivers what was left, commits the remaining orders, and every committed order has its
 * receiver's effect exactly once, no rolled-back order one.
 */
class DurableCrashTests {

	private static final int ORDERS = 1000;

	@Test
	void everyCommittedOrderHasItsEffectExactlyOnceAfterAKillAndARestart() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
			JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
			jdbc.execute("create table crash_order (number int primary key)");
			jdbc.execute("create table crash_effect (publication_id uuid primary key, number int not null)");
			String url = postgres.getJdbcUrl("postgres", "postgres");

			int committedBeforeKill = runAndKill(url, 300);
			assertThat(committedBeforeKill).isBetween(300, ORDERS - 1);
			long pendingAtKill = jdbc.queryForObject("select count(*) from signals_publication", Long.class);
			assertThat(pendingAtKill).as("publications the killed instance left undelivered").isPositive();

			try (ConfigurableApplicationContext restarted = CrashApplication.start(url, 0)) {
				CrashApplication.Orders orders = restarted.getBean(CrashApplication.Orders.class);
				int last = jdbc.queryForObject("select coalesce(max(number), 0) from crash_order", Integer.class);
				for (int number = last + 1; number <= ORDERS; number++) {
					orders.placeOrRollBack(number);
				}
				await().atMost(Duration.ofSeconds(60))
					.until(() -> jdbc.queryForObject("select count(*) from signals_publication", Long.class) == 0);
			}

			List<Integer> committed = jdbc.queryForList("select number from crash_order order by number", Integer.class);
			assertThat(committed).hasSize(ORDERS - ORDERS / 10).allSatisfy((number) -> assertThat(number % 10).isNotZero());
			List<Map<String, Object>> effects = jdbc
				.queryForList("select number, count(*) as effects from crash_effect group by number order by number");
			assertThat(effects).extracting((row) -> ((Number) row.get("number")).intValue()).isEqualTo(committed);
			assertThat(effects).allSatisfy((row) -> assertThat(((Number) row.get("effects")).intValue()).isOne());
		}
	}

	/** Runs the application in its own JVM and kills it with SIGKILL once it committed enough orders. */
	private static int runAndKill(String url, int killAfter) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				CrashApplication.class.getName(), url, "1", String.valueOf(ORDERS))
			.redirectErrorStream(true)
			.start();
		AtomicInteger committed = new AtomicInteger();
		StringBuilder output = new StringBuilder();
		try {
			CompletableFuture<Boolean> killed = CompletableFuture.supplyAsync(() -> {
				try (BufferedReader lines = new BufferedReader(
						new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
					for (String line = lines.readLine(); line != null; line = lines.readLine()) {
						if (!line.startsWith("committed ") && !line.startsWith("rolled back ")) {
							output.append(line).append('\n');
						}
						if (line.startsWith("committed ") && committed.incrementAndGet() >= killAfter) {
							process.destroyForcibly();
							return true;
						}
						if (line.equals("done")) {
							return false;
						}
					}
					return false;
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
			assertThat(killed.get(3, TimeUnit.MINUTES)).as("killed before it committed every order; its output:%n%s",
					output).isTrue();
			assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
			assertThat(process.exitValue()).as("exit value of SIGKILL").isEqualTo(137);
		}
		finally {
			process.destroyForcibly();
		}
		return committed.get();
	}

}
