package dev.signals.autoconfigure.actuate;

import dev.signals.Signal;
import dev.signals.SignalRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.json.BasicJsonTester;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** The signals endpoint and the signal metrics over real HTTP, with both exposed. */
@SpringBootTest(classes = ShippingApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "management.endpoints.web.exposure.include=signals,metrics")
@AutoConfigureTestRestTemplate
@TestInstance(Lifecycle.PER_CLASS)
class SignalsEndpointWebTests {

	private final BasicJsonTester json = new BasicJsonTester(getClass());

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private SignalRegistry registry;

	@BeforeAll
	void sendThreeTimesOnceFailing() {
		Signal shipped = this.registry.get(ShippingApplication.SIGNAL);
		shipped.sendRobust(String.class, shipped.arguments("order", "A-1", "carrier", "UPS"));
		shipped.sendRobust(String.class, shipped.arguments("order", "bad", "carrier", "UPS"));
		shipped.sendRobust(Integer.class, shipped.arguments("order", "A-2"));
	}

	@Test
	void endpointListsEverySignalWithItsArguments() {
		ResponseEntity<String> response = this.rest.getForEntity("/actuator/signals", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.json.from(response.getBody()))
			.extractingJsonPathArrayValue("$.signals[*].name")
			.contains("post_init", "pre_save", "post_save", "pre_delete", "post_delete", "m2m_changed",
					"request_started", "request_finished", "got_request_exception", "pre_migrate", "post_migrate",
					"connection_created", ShippingApplication.SIGNAL);
		assertThat(this.json.from(response.getBody()))
			.extractingJsonPathArrayValue("$.signals[?(@.name == 'post_save')].arguments[*]")
			.containsExactly("instance", "created", "raw", "using", "updateFields", "previousValues");
	}

	@Test
	void endpointListsTheDatabaseSignalsWithTheirArguments() {
		ResponseEntity<String> response = this.rest.getForEntity("/actuator/signals", String.class);
		assertThat(this.json.from(response.getBody()))
			.extractingJsonPathArrayValue("$.signals[?(@.name == 'pre_migrate')].arguments[*]")
			.containsExactly("using", "plan", "tool");
		assertThat(this.json.from(response.getBody()))
			.extractingJsonPathArrayValue("$.signals[?(@.name == 'post_migrate')].arguments[*]")
			.containsExactly("using", "plan", "tool");
		ResponseEntity<String> created = this.rest.getForEntity("/actuator/signals/connection_created", String.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.json.from(created.getBody())).extractingJsonPathArrayValue("$.arguments")
			.containsExactly("connection", "using");
		assertThat(this.json.from(created.getBody())).extractingJsonPathArrayValue("$.receivers").isEmpty();
	}

	@Test
	void endpointDescribesReceiversInDispatchOrderWithCounts() {
		ResponseEntity<String> response = this.rest.getForEntity("/actuator/signals/" + ShippingApplication.SIGNAL,
				String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		String body = response.getBody();
		assertThat(this.json.from(body)).extractingJsonPathStringValue("$.name").isEqualTo(ShippingApplication.SIGNAL);
		assertThat(this.json.from(body)).extractingJsonPathArrayValue("$.arguments").containsExactly("order", "carrier");
		assertThat(this.json.from(body)).extractingJsonPathNumberValue("$.sends").isEqualTo(3);
		assertThat(this.json.from(body)).extractingJsonPathNumberValue("$.failures").isEqualTo(1);
		assertThat(this.json.from(body)).extractingJsonPathArrayValue("$.receivers[*].receiver")
			.containsExactly("ShipmentCounter", "Shipping#onShipped", "Shipping#audit");
		assertThat(this.json.from(body)).extractingJsonPathStringValue("$.receivers[0].sender")
			.isEqualTo("java.lang.String");
		assertThat(this.json.from(body)).doesNotHaveJsonPathValue("$.receivers[0].bean");
		assertThat(this.json.from(body)).extractingJsonPathStringValue("$.receivers[0].phase").isEqualTo("IMMEDIATE");
		assertThat(this.json.from(body)).extractingJsonPathStringValue("$.receivers[1].bean")
			.isEqualTo(ShippingApplication.Shipping.class.getName());
		assertThat(this.json.from(body)).extractingJsonPathStringValue("$.receivers[1].method")
			.isEqualTo("public void dev.signals.autoconfigure.actuate.ShippingApplication$Shipping.onShipped(java.lang.String)");
		assertThat(this.json.from(body)).doesNotHaveJsonPathValue("$.receivers[1].sender");
		assertThat(this.json.from(body)).extractingJsonPathStringValue("$.receivers[2].phase").isEqualTo("AFTER_COMMIT");
		assertThat(this.json.from(body)).extractingJsonPathBooleanValue("$.receivers[2].async").isFalse();
		assertThat(this.json.from(body)).extractingJsonPathStringValue("$.receivers[2].dispatchUid")
			.isEqualTo("audit-shipped");
	}

	@Test
	void unknownSignalIsNotFound() {
		assertThat(this.rest.getForEntity("/actuator/signals/order_shiped", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void sendsAreTimedPerSignal() {
		ResponseEntity<String> response = this.rest
			.getForEntity("/actuator/metrics/signals.send?tag=signal:" + ShippingApplication.SIGNAL, String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.json.from(response.getBody()))
			.extractingJsonPathArrayValue("$.measurements[?(@.statistic == 'COUNT')].value")
			.containsExactly(3.0);
	}

	@Test
	void failuresAreCountedPerSignalAndReceiver() {
		ResponseEntity<String> response = this.rest.getForEntity("/actuator/metrics/signals.receiver.failures?tag=signal:"
				+ ShippingApplication.SIGNAL + "&tag=receiver:programmatic", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.json.from(response.getBody()))
			.extractingJsonPathArrayValue("$.measurements[?(@.statistic == 'COUNT')].value")
			.containsExactly(1.0);
	}

}
