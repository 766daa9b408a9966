package dev.signals.spring.reliability;


import dev.signals.Signal;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Writes in transactions of its own, through Spring Data repositories. */
class PaymentService {

	private final Repositories.Payments payments;

	private final Repositories.Items items;

	private final Signal itemNoted;

	private final JdbcTemplate jdbc;

	PaymentService(Repositories.Payments payments, Repositories.Items items,
			@Qualifier("itemNoted") Signal itemNoted, JdbcTemplate jdbc) {
		this.payments = payments;
		this.items = items;
		this.itemNoted = itemNoted;
		this.jdbc = jdbc;
	}

	/** Writes a payment; the commit's flush sends its {@code post_save}. */
	@Transactional
	public Long pay(int amount) {
		return this.payments.save(new Payment(amount)).getId();
	}

	/** Writes and flushes a payment (its {@code post_save} is sent), then fails: the transaction rolls back. */
	@Transactional
	public Long payThenFail(int amount) {
		Long id = this.payments.saveAndFlush(new Payment(amount)).getId();
		throw new ServiceFailure("service failed after writing payment " + id);
	}

	/**
	 * Writes a payment, flushed or not, then hands the id and the transaction's database backend to
	 * the given action, before the commit.
	 */
	@Transactional
	public Long payAndThen(int amount, boolean flush, BackendAction beforeCommit) {
		Payment payment = new Payment(amount);
		Long id = (flush ? this.payments.saveAndFlush(payment) : this.payments.save(payment)).getId();
		Integer backend = this.jdbc.queryForObject("select pg_backend_pid()", Integer.class);
		beforeCommit.accept(id, backend);
		return id;
	}

	/** Writes an item and sends {@code item_noted} from the given sender; rolls back when asked. */
	@Transactional
	public Long noteItem(String name, Class<?> sender, boolean rollBack) {
		Item item = this.items.save(new Item(name));
		this.itemNoted.send(sender, this.itemNoted.arguments("item", item));
		if (rollBack) {
			throw new ServiceFailure("service rolled back " + name);
		}
		return item.getId();
	}

	/** What a test does inside the transaction, knowing the payment and the database backend. */
	@FunctionalInterface
	interface BackendAction {

		void accept(Long paymentId, Integer backendPid);

	}

	/** The service's own failure, told apart from a receiver's. */
	static final class ServiceFailure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		ServiceFailure(String message) {
			super(message);
		}

	}

}
