package dev.signals.spring.kafka.orders;

import jakarta.persistence.EntityManager;

import dev.signals.Signal;
import dev.signals.spring.kafka.TestTraceHandler;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The orders service: saving an order sends {@code order_placed}, which
 * {@code signals.kafka.outbound.order_placed.topic} sends to a topic from the outbox.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(TestTraceHandler.class)
public class OrdersService {

	@Bean
	Signal orderPlaced() {
		return Signal.of("order_placed", "order", "customer");
	}

	@Bean
	OrderDesk orderDesk(EntityManager entityManager, Signal orderPlaced, TransactionTemplate transaction) {
		return new OrderDesk(entityManager, orderPlaced, transaction);
	}

	/** Places orders, each in its own transaction. */
	public static class OrderDesk {

		private final EntityManager entityManager;

		private final Signal orderPlaced;

		private final TransactionTemplate transaction;

		OrderDesk(EntityManager entityManager, Signal orderPlaced, TransactionTemplate transaction) {
			this.entityManager = entityManager;
			this.orderPlaced = orderPlaced;
			this.transaction = transaction;
		}

		/**
		 * Places an order.
		 * @param customer the customer
		 * @param total its total
		 * @param rollBack whether the transaction rolls back after the send
		 * @return the order's id, or {@code null} when it rolled back
		 */
		public Long place(String customer, int total, boolean rollBack) {
			return this.transaction.execute((status) -> {
				ShopOrder order = new ShopOrder(customer, total);
				this.entityManager.persist(order);
				this.entityManager.flush();
				this.orderPlaced.send(OrderDesk.class, this.orderPlaced.arguments("order", order, "customer", customer));
				if (rollBack) {
					status.setRollbackOnly();
					return null;
				}
				return order.getId();
			});
		}

	}

}
