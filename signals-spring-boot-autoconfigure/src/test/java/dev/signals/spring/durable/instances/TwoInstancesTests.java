package dev.signals.spring.durable.instances;

import java.time.Duration;
import java.util.Map;

import dev.signals.Signal;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances on one PostgreSQL deliver 5,000 publications between them: one stores them all
 * and hands them to its workers; the other's resubmission finds the same rows due at once and
 * competes for them. No publication is delivered twice at the same time, none twice at all, none
 * is lost.
 */
class TwoInstancesTests {

	private static final int JOBS = 5000;

	private static final int PER_TRANSACTION = 50;

	@Test
	void twoInstancesDeliverEveryPublicationOnceBetweenThem() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
			String url = postgres.getJdbcUrl("postgres", "postgres");
			try (ConfigurableApplicationContext first = start(url, "first");
					ConfigurableApplicationContext second = start(url, "second")) {
				Signal jobQueued = first.getBean("jobQueued", Signal.class);
				TransactionTemplate transaction = first.getBean(TransactionTemplate.class);
				for (int batch = 0; batch < JOBS / PER_TRANSACTION; batch++) {
					int start = batch * PER_TRANSACTION;
					transaction.executeWithoutResult((status) -> {
						for (int job = start; job < start + PER_TRANSACTION; job++) {
							jobQueued.send(TwoInstancesTests.class, jobQueued.arguments("job", job));
						}
					});
				}
				JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
				await().atMost(Duration.ofSeconds(90))
					.until(() -> jdbc.queryForObject("select count(*) from signals_publication", Long.class) == 0);
			}
		}
		assertThat(JobApplication.overlaps).hasValue(0);
		assertThat(JobApplication.deliveries).hasSize(JOBS);
		assertThat(JobApplication.deliveries.values()).allSatisfy((count) -> assertThat(count).hasValue(1));
		assertThat(JobApplication.byInstance).containsOnlyKeys("first", "second");
		assertThat(JobApplication.byInstance.values()).allSatisfy((count) -> assertThat(count.get()).isPositive());
	}

	private static ConfigurableApplicationContext start(String url, String name) {
		return new SpringApplicationBuilder(JobApplication.class).web(WebApplicationType.NONE)
			.properties(Map.of("spring.datasource.url", url, "spring.datasource.username", "postgres",
					"spring.datasource.hikari.maximum-pool-size", "5", "signals.durable.initialize-schema", "always",
					"signals.durable.workers", "3", "signals.durable.resubmit.min-age", "0s",
					"signals.durable.resubmit.interval", "20ms", "signals.durable.resubmit.batch-size", "200",
					"instance.name", name, "spring.main.banner-mode", "off"))
			.run();
	}

}
