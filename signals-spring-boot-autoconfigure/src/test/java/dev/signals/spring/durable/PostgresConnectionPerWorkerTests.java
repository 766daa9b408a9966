package dev.signals.spring.durable;

import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariDataSource;
import dev.signals.spring.jpa.EmbeddedPostgresPoolOfTwo;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each delivery worker holds one connection: with a pool of exactly as many connections as
 * workers, receivers that write through JPA deliver 80 publications without one worker waiting for
 * a second connection (which would time out and be retried).
 */
@SpringBootTest(classes = DurableApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.jpa.hibernate.ddl-auto=create-drop", "signals.durable.initialize-schema=always",
				"signals.durable.workers=2", "signals.durable.batch-size=1", "signals.durable.retry.initial-delay=10ms" })
@Import(EmbeddedPostgresPoolOfTwo.class)
class PostgresConnectionPerWorkerTests {

	@Autowired
	PurchaseService service;

	@Autowired
	ShipmentRepository shipments;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HikariDataSource pool;

	@Test
	void workersDeliverWithOneConnectionEachFromAPoolOfAsManyConnections() {
		DurableReceivers.reset();
		AtomicInteger placed = new AtomicInteger();
		this.transaction.executeWithoutResult((status) -> {
			for (int i = 0; i < 40; i++) {
				this.service.place("item-" + placed.incrementAndGet(), new Note("n", i));
			}
		});
		await().until(() -> DurableReceivers.invoiced.size() == 40 && this.shipments.count() == 40);
		await().until(() -> this.jdbc.queryForObject("select count(*) from signals_publication", Long.class) == 0);
		assertThat(DurableReceivers.invoiced).hasSize(40);
		assertThat(DurableReceivers.shippingThreads).hasSize(40);
		assertThat(this.pool.getHikariPoolMXBean().getTotalConnections()).isLessThanOrEqualTo(2);
	}

}
