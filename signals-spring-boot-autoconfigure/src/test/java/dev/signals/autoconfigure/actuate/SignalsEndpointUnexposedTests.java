package dev.signals.autoconfigure.actuate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** Without exposure settings naming it, the endpoint is not there and sends are not counted. */
@SpringBootTest(classes = ShippingApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class SignalsEndpointUnexposedTests {

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private ApplicationContext context;

	@Test
	void endpointIsNotFound() {
		assertThat(this.rest.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.rest.getForEntity("/actuator/signals", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void sendsAreNotCounted() {
		assertThat(this.context.getBeanNamesForType(SignalStatistics.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(SignalsEndpoint.class)).isEmpty();
	}

}
