package dev.signals.spring.durable;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import dev.signals.Signal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * Durable receivers on a real database: a publication per receiver written in the sending
 * transaction, delivered after commit on the delivery workers, retried, failed, resubmitted.
 */
abstract class AbstractDurableTests {

	static final String INVOICE = DurableReceivers.class.getName() + "#invoice";

	@Autowired
	PurchaseService service;

	@Autowired
	PurchaseRepository purchases;

	@Autowired
	ShipmentRepository shipments;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	DurablePublications publications;

	@Autowired
	@Qualifier("memoWritten")
	Signal memoWritten;

	@BeforeEach
	void clean() {
		this.jdbc.update("delete from signals_publication");
		this.shipments.deleteAll();
		this.purchases.deleteAll();
		DurableReceivers.reset();
		MemoReceiver.memos.clear();
	}

	@Test
	void committedSendIsDeliveredOnceToEachDurableReceiverWithItsPublicationId() {
		Purchase purchase = this.service.place("book", new Note("gift", 2));
		await().until(() -> this.shipments.count() == 1 && DurableReceivers.invoiced.size() == 1);
		Shipment shipment = this.shipments.findAll().get(0);
		assertThat(shipment.getPurchaseId()).isEqualTo(purchase.getId());
		assertThat(shipment.getItem()).isEqualTo("book");
		assertThat(DurableReceivers.invoiced).containsExactly("book gift 36");
		assertThat(DurableReceivers.shippingThreads).allSatisfy((name) -> assertThat(name).startsWith("signals-durable-"));
		await().until(() -> pending() == 0);
		assertThat(this.shipments.count()).isOne();
	}

	@Test
	void durableReceiverGetsTheEntityAsItIsAtDelivery() {
		Purchase purchase = this.transaction.execute((status) -> {
			Purchase placed = this.service.place("draft", new Note("n", 1));
			placed.setItem("final");
			return placed;
		});
		await().until(() -> this.shipments.count() == 1);
		assertThat(this.shipments.findById(this.shipments.findAll().get(0).getPublicationId()).get().getItem())
			.isEqualTo("final");
		assertThat(purchase.getItem()).isEqualTo("final");
	}

	@Test
	void publicationsAreWrittenInTheSendingTransactionAndDeliveredOnlyAfterItCommits() {
		this.transaction.executeWithoutResult((status) -> {
			this.service.place("pen", new Note("blue", 1));
			assertThat(pending()).isEqualTo(2);
			assertThat(this.shipments.count()).isZero();
		});
		await().until(() -> this.shipments.count() == 1 && DurableReceivers.invoiced.size() == 1);
	}

	@Test
	void rolledBackSendStoresNothing() {
		assertThatIllegalStateException().isThrownBy(() -> this.service.placeAndRollBack("lamp"))
			.withMessage("payment declined");
		assertThat(pending()).isZero();
		assertThat(this.purchases.count()).isZero();
	}

	@Test
	void failedDeliveryIsRolledBackAndRetriedWithBackoffUntilItSucceeds() {
		DurableReceivers.failures.put("flaky", new AtomicInteger(2));
		this.service.place("flaky", new Note("retry", 1));
		await().until(() -> DurableReceivers.invoiced.size() == 1);
		assertThat(DurableReceivers.invoiced).containsExactly("flaky retry 36");
		assertThat(this.shipments.findAll()).extracting(Shipment::getItem).containsExactly("flaky");
		await().until(() -> pending() == 0);
	}

	@Test
	void receiverThatKeepsFailingIsMarkedFailedWithItsErrorAndCanBeResubmitted() {
		DurableReceivers.failures.put("broken", new AtomicInteger(1000));
		this.service.place("broken", new Note("again", 1));
		await().until(() -> status(INVOICE).equals(List.of("FAILED")));
		Map<String, Object> row = this.jdbc.queryForMap("select attempts, last_error from signals_publication where receiver = ?",
				INVOICE);
		assertThat(row.get("attempts")).isEqualTo(3);
		assertThat((String) row.get("last_error")).contains("IllegalStateException: invoicing is down for broken");
		assertThat(this.publications.counts()).contains(new PublicationCount(INVOICE, "purchase_placed",
				PublicationStatus.FAILED, 1));
		assertThat(this.shipments.findAll()).extracting(Shipment::getItem).containsExactly("broken");

		DurableReceivers.failures.remove("broken");
		assertThat(this.publications.resubmitFailed(INVOICE)).isOne();
		await().until(() -> DurableReceivers.invoiced.size() == 1);
		await().until(() -> pending() == 0);
	}

	@Test
	void publicationLeftPendingByAStoppedInstanceIsResubmitted() {
		Purchase purchase = this.purchases.save(new Purchase("left"));
		insertStale(INVOICE, "{\"arguments\":{\"purchase\":{\"entity\":\"" + Purchase.class.getName() + "\",\"id\":"
				+ purchase.getId() + "},\"note\":{\"type\":\"" + Note.class.getName()
				+ "\",\"value\":{\"text\":\"stale\",\"priority\":3}}}}");
		await().until(() -> DurableReceivers.invoiced.size() == 1);
		assertThat(DurableReceivers.invoiced).containsExactly("left stale 36");
		await().until(() -> pending() == 0);
	}

	@Test
	void publicationOfAnEntityDeletedBeforeDeliveryFailsAtOnceSayingSo() {
		insertStale(INVOICE, "{\"arguments\":{\"purchase\":{\"entity\":\"" + Purchase.class.getName()
				+ "\",\"id\":424242},\"note\":null}}");
		await().until(() -> status(INVOICE).equals(List.of("FAILED")));
		Map<String, Object> row = this.jdbc.queryForMap("select attempts, last_error from signals_publication");
		assertThat(row.get("attempts")).isEqualTo(1);
		assertThat((String) row.get("last_error"))
			.contains("'purchase' was Purchase 424242, which no longer exists: it was deleted after the send committed");
	}

	@Test
	void sendOutsideATransactionIsStoredAndDeliveredAtOnce() {
		this.memoWritten.send(AbstractDurableTests.class, this.memoWritten.arguments("memo", new Note("loose", 7)));
		await().until(() -> MemoReceiver.memos.size() == 1);
		assertThat(MemoReceiver.memos).containsExactly(new Note("loose", 7));
	}

	@Test
	void valueThatCannotBeStoredFailsTheSendNamingSignalArgumentAndType() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.memoWritten.send(AbstractDurableTests.class,
					this.memoWritten.arguments("memo", new ByteArrayInputStream(new byte[0]))))
			.withMessageContaining("Durable receiver MemoReceiver#remember of signal 'memo_written' cannot store "
					+ "'memo' = java.io.ByteArrayInputStream: a AutoCloseable is a resource or behaviour, not a value");
		assertThat(pending()).isZero();
	}

	private void insertStale(String receiver, String payload) {
		Timestamp anHourAgo = Timestamp.from(Instant.now().minus(Duration.ofHours(1)));
		this.jdbc.update("insert into signals_publication (id, signal_name, receiver, status, attempts, payload, "
				+ "created_at, next_attempt_at) values (?, 'purchase_placed', ?, 'PENDING', 0, ?, ?, ?)", UUID.randomUUID(),
				receiver, payload, anHourAgo, anHourAgo);
	}

	private long pending() {
		return this.jdbc.queryForObject("select count(*) from signals_publication where status = 'PENDING'", Long.class);
	}

	private List<String> status(String receiver) {
		return this.jdbc.queryForList("select status from signals_publication where receiver = ?", String.class, receiver);
	}

}
