package dev.signals.benchmarks.durable;

import java.util.ArrayList;
import java.util.List;

import dev.signals.Signal;
import dev.signals.spring.Phase;
import dev.signals.spring.Receiver;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application of every contender: JDBC on PostgreSQL, no JPA; which receiver it has depends
 * on the contender.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableAsync
class OutboxApplication {

	private static final String NO_JPA = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration,"
			+ "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration";

	static ConfigurableApplicationContext start(Contender contender, String jdbcUrl) {
		List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + jdbcUrl,
				"--spring.datasource.username=postgres", "--spring.datasource.hikari.maximum-pool-size=10",
				"--spring.main.banner-mode=off", "--logging.level.root=warn",
				"--spring.task.execution.pool.core-size=4", "--spring.task.execution.pool.max-size=4",
				"--signals.durable.workers=4", "--signals.durable.initialize-schema=always",
				"--signals.jpa.enabled=false",
				"--spring.modulith.events.jdbc.schema-initialization.enabled=true", "--contender=" + contender.name()));
		// Modulith's auto-configurations are excluded for every other context of the module
		arguments.add("--spring.autoconfigure.exclude=" + NO_JPA
				+ (contender.modulith() ? "" : "," + String.join(",", modulith())));
		return new SpringApplicationBuilder(OutboxApplication.class).web(WebApplicationType.NONE)
			.run(arguments.toArray(String[]::new));
	}

	private static List<String> modulith() {
		return List.of("org.springframework.modulith.events.config.EventPublicationAutoConfiguration",
				"org.springframework.modulith.events.config.EventExternalizationAutoConfiguration",
				"org.springframework.modulith.events.jackson.JacksonEventSerializationConfiguration",
				"org.springframework.modulith.events.jackson2.Jackson2EventSerializationConfiguration",
				"org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration",
				"org.springframework.modulith.moments.autoconfigure.MomentsAutoConfiguration",
				"org.springframework.modulith.moments.autoconfigure.MomentsJacksonAutoConfiguration",
				"org.springframework.modulith.core.config.ApplicationModuleInitializerRuntimeVerification");
	}

	@Bean
	Signal orderPlaced() {
		return Signal.of("order_placed", "orderId");
	}

	@Bean
	Orders orders(JdbcTemplate jdbc, TransactionTemplate transaction, Signal orderPlaced,
			ApplicationEventPublisher events, Environment environment) {
		return new Orders(jdbc, transaction, orderPlaced, events,
				Contender.valueOf(environment.getRequiredProperty("contender")));
	}

	@Bean
	@ConditionalOnProperty(name = "contender",
			havingValue = "SIGNALS_AFTER_COMMIT")
	AfterCommitReceiver afterCommitReceiver(JdbcTemplate jdbc) {
		return new AfterCommitReceiver(jdbc);
	}

	@Bean
	@ConditionalOnProperty(name = "contender",
			havingValue = "SIGNALS_DURABLE")
	DurableReceiver durableReceiver(JdbcTemplate jdbc) {
		return new DurableReceiver(jdbc);
	}

	@Bean
	@ConditionalOnExpression("'${contender}'.startsWith('SPRING') or '${contender}'.startsWith('MODULITH')")
	ModuleListener moduleListener(JdbcTemplate jdbc) {
		return new ModuleListener(jdbc);
	}

	/** The event of the Spring contenders. */
	record OrderPlaced(long orderId) {
	}

	/** Places orders: one transaction inserts the order and announces it. */
	static final class Orders {

		private final JdbcTemplate jdbc;

		private final TransactionTemplate transaction;

		private final Signal orderPlaced;

		private final ApplicationEventPublisher events;

		private final boolean signals;

		Orders(JdbcTemplate jdbc, TransactionTemplate transaction, Signal orderPlaced, ApplicationEventPublisher events,
				Contender contender) {
			this.jdbc = jdbc;
			this.transaction = transaction;
			this.orderPlaced = orderPlaced;
			this.events = events;
			this.signals = contender.signals();
		}

		void place(long id) {
			this.transaction.executeWithoutResult((status) -> {
				this.jdbc.update("insert into bench_order (id) values (?)", id);
				if (this.signals) {
					this.orderPlaced.send(Orders.class, this.orderPlaced.argumentsInOrder(id));
				}
				else {
					this.events.publishEvent(new OrderPlaced(id));
				}
			});
		}

	}

	/** The receiver's work, the same for every contender. */
	static void effect(JdbcTemplate jdbc, long orderId) {
		jdbc.update("insert into bench_effect (order_id) values (?)", orderId);
	}

	/** At most once: runs on the task executor after commit. */
	public static final class AfterCommitReceiver {

		private final JdbcTemplate jdbc;

		AfterCommitReceiver(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Receiver(signal = "order_placed", phase = Phase.AFTER_COMMIT, async = true)
		public void onPlaced(Long orderId) {
			effect(this.jdbc, orderId);
		}

	}

	/** At least once: a publication stored in the transaction, delivered by the workers. */
	public static final class DurableReceiver {

		private final JdbcTemplate jdbc;

		DurableReceiver(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Receiver(signal = "order_placed", durable = true)
		public void onPlaced(Long orderId) {
			effect(this.jdbc, orderId);
		}

	}

	/** Spring Modulith's listener: async, after commit, in a new transaction; registered when Modulith is on. */
	public static class ModuleListener {

		private final JdbcTemplate jdbc;

		ModuleListener(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@ApplicationModuleListener
		public void on(OrderPlaced event) {
			effect(this.jdbc, event.orderId());
		}

	}

}
