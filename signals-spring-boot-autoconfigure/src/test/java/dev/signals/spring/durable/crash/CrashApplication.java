package dev.signals.spring.durable.crash;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import dev.signals.Signal;
import dev.signals.spring.Receiver;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An application that commits orders, each sending {@code order_committed} to a durable receiver
 * whose effect is one {@code crash_effect} row keyed by its publication id; every tenth order
 * rolls back. Run as a separate JVM by {@link DurableCrashTests}, which kills it part-way.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ CrashApplication.Orders.class, CrashApplication.Fulfilment.class })
public class CrashApplication {

	/** Leaves JPA out: the orders and effects are written with JDBC. */
	static final String JDBC_ONLY = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration,"
			+ "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration";

	@Bean
	Signal orderCommitted() {
		return Signal.of("order_committed", "order");
	}

	/**
	 * Starts an instance on a database.
	 * @param jdbcUrl the database
	 * @param deliveryMillis how long each delivery takes
	 * @return the running instance
	 */
	static ConfigurableApplicationContext start(String jdbcUrl, long deliveryMillis) {
		return new SpringApplicationBuilder(CrashApplication.class).web(WebApplicationType.NONE)
			.properties(Map.of("spring.datasource.url", jdbcUrl, "spring.datasource.username", "postgres",
					"spring.autoconfigure.exclude", JDBC_ONLY,
					"signals.durable.initialize-schema", "always", "signals.durable.workers", "2",
					"signals.durable.resubmit.min-age", "1s", "signals.durable.resubmit.interval", "200ms",
					"crash.delivery-millis", deliveryMillis, "spring.main.banner-mode", "off",
					"logging.level.root", "warn"))
			.run();
	}

	/**
	 * Commits orders {@code first} to {@code last}, printing each outcome, then waits to be killed.
	 * @param args the JDBC URL, the first and the last order number
	 * @throws InterruptedException never in practice
	 */
	public static void main(String[] args) throws InterruptedException {
		Orders orders = start(args[0], 20).getBean(Orders.class);
		for (int number = Integer.parseInt(args[1]); number <= Integer.parseInt(args[2]); number++) {
			System.out.println(orders.placeOrRollBack(number) ? "committed " + number : "rolled back " + number);
			System.out.flush();
		}
		System.out.println("done");
		System.out.flush();
		new CountDownLatch(1).await(); // until the test kills this process, as a crash would
	}

	/** Places orders. */
	public static class Orders {

		private final JdbcTemplate jdbc;

		private final Signal orderCommitted;

		private final TransactionTemplate transaction;

		Orders(JdbcTemplate jdbc, Signal orderCommitted, TransactionTemplate transaction) {
			this.jdbc = jdbc;
			this.orderCommitted = orderCommitted;
			this.transaction = transaction;
		}

		/**
		 * Places one order; every tenth rolls back.
		 * @param number the order number
		 * @return whether it committed
		 */
		public boolean placeOrRollBack(int number) {
			try {
				this.transaction.executeWithoutResult((status) -> {
					this.jdbc.update("insert into crash_order (number) values (?)", number);
					this.orderCommitted.send(Orders.class, this.orderCommitted.arguments("order", number));
					if (number % 10 == 0) {
						throw new IllegalStateException("order " + number + " is declined");
					}
				});
				return true;
			}
			catch (IllegalStateException ex) {
				return false;
			}
		}

	}

	/** The durable receiver: its effect is idempotent by publication id. */
	public static class Fulfilment {

		private final JdbcTemplate jdbc;

		private final long deliveryMillis;

		Fulfilment(JdbcTemplate jdbc, @Value("${crash.delivery-millis}") long deliveryMillis) {
			this.jdbc = jdbc;
			this.deliveryMillis = deliveryMillis;
		}

		@Receiver(signal = "order_committed", durable = true)
		public void fulfil(Integer order, UUID publicationId) {
			this.jdbc.update("insert into crash_effect (publication_id, number) values (?, ?) "
					+ "on conflict (publication_id) do nothing", publicationId, order);
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(this.deliveryMillis));
		}

	}

}
