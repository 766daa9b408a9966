package dev.signals.spring.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code signals.web.filter-order} moves the filter: at -50 the application filter at Spring
 * Security's default order (-100) runs outside it instead of inside.
 */
@RequestSignalsTest
@TestPropertySource(properties = "signals.web.filter-order=-50")
class RequestSignalsFilterOrderTests {

	@LocalServerPort
	private int port;

	@Autowired
	private SignalRecorder recorder;

	@Test
	void filterOrderPropertyPutsTheFilterInsideFiltersWithALowerOrder() throws Exception {
		String id = SignalRecorder.newId();
		PipelinedHttp.Reply reply = PipelinedHttp.get(this.port, "/hello", SignalRecorder.header(id));
		assertThat(reply.status()).isEqualTo(200);
		assertThat(this.recorder.timeline(id)).containsExactly("app:enter", "started", "exchange:present", "handled",
				"dispatch:REQUEST:end", "app:exit", "finished:200");
	}

}
