package dev.signals.spring.web;

import jakarta.servlet.ServletException;

import dev.signals.SignalRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code @WebMvcTest} with the starter on the classpath: the slice of {@link WebTestApplication}
 * has the signal registry, the request signals (once each per request, as over real HTTP) and
 * receiver discovery.
 */
@WebMvcTest
class WebMvcTestSliceTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SignalRecorder recorder;

	@Autowired
	private RequestLogReceiver requestLog;

	@Test
	void theSliceHasTheRegistryAndTheRequestSignalsFilter() {
		assertThat(this.context.getBeanNamesForType(SignalRegistry.class)).hasSize(1);
		assertThat(this.context.getBeansOfType(RequestExceptionRecorder.class)).hasSize(1);
		assertThat(this.context.containsBean("requestSignalsFilterRegistration")).isTrue();
	}

	@Test
	void requestIsStartedAndFinishedOnceAroundTheApplicationFilters() throws Exception {
		String id = SignalRecorder.newId();
		MockMvcExchange.perform(this.mvc, "/hello", id);
		assertThat(this.recorder.timeline(id)).containsExactly("started", "app:enter", "exchange:present", "handled",
				"dispatch:REQUEST:end", "app:exit", "finished:200");
	}

	@Test
	void receiverMethodIsDiscoveredAndGetsTheFinalStatus() throws Exception {
		String id = SignalRecorder.newId();
		MockMvcExchange.perform(this.mvc, "/status-404", id);
		assertThat(this.requestLog.status(id)).isEqualTo(404);
	}

	@Test
	void serverErrorSendsTheExceptionOnceBeforeRequestFinished() throws Exception {
		String id = SignalRecorder.newId();
		MockMvcExchange.perform(this.mvc, "/handled-500", id);
		RequestTimelines.assertServerErrorSentOnceBeforeRequestFinished(this.recorder, id, 500);
		String escaped = SignalRecorder.newId();
		assertThatExceptionOfType(ServletException.class)
			.isThrownBy(() -> MockMvcExchange.perform(this.mvc, "/async/callable-boom", escaped));
		RequestTimelines.assertServerErrorSentOnceBeforeRequestFinished(this.recorder, escaped, 500);
	}

}
