package dev.signals.spring.durable;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.json.BasicJsonTester;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an operator sees over HTTP: the publications of each durable receiver in the signals
 * endpoint, a resubmission of failed ones as a write operation, and delivery metrics.
 */
@SpringBootTest(classes = DurableApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.exposure.include=signals,metrics",
				"management.endpoint.signals.access=unrestricted", "signals.durable.retry.initial-delay=10ms",
				"signals.durable.retry.max-attempts=2" })
@AutoConfigureTestRestTemplate
class DurableEndpointWebTests {

	private static final String INVOICE = DurableReceivers.class.getName() + "#invoice";

	private final BasicJsonTester json = new BasicJsonTester(getClass());

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private PurchaseService service;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void clean() {
		this.jdbc.update("delete from signals_publication");
		DurableReceivers.reset();
	}

	@Test
	void endpointCountsFailedPublicationsPerReceiverAndResubmitsThem() {
		DurableReceivers.failures.put("stuck", new AtomicInteger(1000));
		this.service.place("stuck", new Note("ops", 1));
		await().until(() -> failed(INVOICE) == 1);
		DurableReceivers.failures.remove("stuck");

		ResponseEntity<String> signals = this.rest.getForEntity("/actuator/signals", String.class);
		assertThat(this.json.from(signals.getBody()))
			.extractingJsonPathArrayValue("$.durable[?(@.receiver == '" + INVOICE + "')].failed")
			.containsExactly(1);
		assertThat(this.json.from(signals.getBody()))
			.extractingJsonPathArrayValue("$.signals[?(@.name == 'purchase_placed')].receivers[*].durable")
			.containsExactly(true, true);

		ResponseEntity<String> resubmitted = this.rest.postForEntity("/actuator/signals", Map.of("receiver", INVOICE),
				String.class);
		assertThat(resubmitted.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.json.from(resubmitted.getBody())).extractingJsonPathNumberValue("$.resubmitted").isEqualTo(1);
		await().until(() -> DurableReceivers.invoiced.size() == 1);
		await().until(() -> this.json.from(this.rest.getForEntity("/actuator/signals", String.class).getBody())
			.getJson()
			.contains("\"durable\":[]"));
	}

	@Test
	void deliveriesAreCountedAndTimedPerReceiver() {
		this.service.place("metered", new Note("m", 1));
		await().until(() -> DurableReceivers.invoiced.size() == 1);
		await().until(() -> this.rest.getForEntity("/actuator/metrics/signals.durable.deliveries?tag=outcome:completed"
				+ "&tag={receiver}", String.class, "receiver:" + INVOICE).getStatusCode() == HttpStatus.OK);
		ResponseEntity<String> timer = this.rest.getForEntity("/actuator/metrics/signals.durable.delivery?tag={receiver}",
				String.class, "receiver:" + INVOICE);
		assertThat(timer.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.json.from(timer.getBody()))
			.extractingJsonPathArrayValue("$.measurements[?(@.statistic == 'COUNT')].value")
			.isNotEmpty();
	}

	private long failed(String receiver) {
		return this.jdbc.queryForObject("select count(*) from signals_publication where receiver = ? and status = 'FAILED'",
				Long.class, receiver);
	}

}
