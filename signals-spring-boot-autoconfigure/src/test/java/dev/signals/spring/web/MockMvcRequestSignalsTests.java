package dev.signals.spring.web;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;

/**
 * The request signals under MockMvc in a full application context, as over real HTTP: one
 * request_started and one request_finished per request, and got_request_exception once for a
 * server error, also for asynchronous requests driven with {@code asyncDispatch}.
 */
@SpringBootTest(classes = WebTestApplication.class)
@AutoConfigureMockMvc
class MockMvcRequestSignalsTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SignalRecorder recorder;

	@Autowired
	private RequestLogReceiver requestLog;

	@Test
	void requestIsStartedBeforeTheApplicationFiltersAndFinishedAfterThem() throws Exception {
		String id = SignalRecorder.newId();
		assertThat(MockMvcExchange.perform(this.mvc, "/hello", id).getResponse().getContentAsString())
			.isEqualTo("hello");
		assertThat(this.recorder.timeline(id)).containsExactly("started", "app:enter", "exchange:present", "handled",
				"dispatch:REQUEST:end", "app:exit", "finished:200");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "callable", "deferred", "future", "stream", "sse" })
	void asyncRequestFinishesOnceAfterTheWorkAndTheAsyncDispatch(String kind) throws Exception {
		String id = SignalRecorder.newId();
		assertThat(MockMvcExchange.perform(this.mvc, "/async/" + kind, id).getResponse().getStatus()).isEqualTo(200);
		RequestTimelines.assertAsyncRequestFinishedOnceAfterTheLastDispatch(this.recorder, id);
	}

	@Test
	void asyncRequestFinishesWithItsAsyncDispatchNotBefore() throws Exception {
		String id = SignalRecorder.newId();
		MvcResult result = this.mvc.perform(MockMvcExchange.get("/async/callable", id)).andReturn();
		assertThat(result.getAsyncResult()).isEqualTo("callable");
		assertThat(this.recorder.timeline(id)).containsOnlyOnce("started").doesNotContain("finished:200");
		this.mvc.perform(asyncDispatch(result));
		assertThat(this.recorder.timeline(id)).containsOnlyOnce("started", "finished:200").endsWith("finished:200");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/boom", "/async/callable-boom" })
	void exceptionThatEscapesIsAServerErrorSentOnceBeforeRequestFinished(String path) {
		String id = SignalRecorder.newId();
		assertThatExceptionOfType(ServletException.class)
			.isThrownBy(() -> MockMvcExchange.perform(this.mvc, path, id))
			.withCause(this.recorder.thrown(id));
		RequestTimelines.assertServerErrorSentOnceBeforeRequestFinished(this.recorder, id, 500);
		assertThat(this.requestLog.status(id)).isEqualTo(500);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "/handled-500, 500", "/status-500, 500", "/async/deferred-handled-500, 500" })
	void serverErrorSendsTheOriginalExceptionOnceBeforeRequestFinished(String path, int status) throws Exception {
		String id = SignalRecorder.newId();
		MockMvcExchange.perform(this.mvc, path, id);
		RequestTimelines.assertServerErrorSentOnceBeforeRequestFinished(this.recorder, id, status);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "/handled-400, 400", "/status-404, 404", "/no-such-page, 404", "/hello, 200", "/plain-500, 500",
			"/async/deferred, 200", "/async/deferred-status-404, 404" })
	void clientErrorOrNormalResponseSendsNoException(String path, int status) throws Exception {
		String id = SignalRecorder.newId();
		assertThat(MockMvcExchange.perform(this.mvc, path, id).getResponse().getStatus()).isEqualTo(status);
		RequestTimelines.assertFinishedOnceWithoutException(this.recorder, id, status);
		assertThat(this.recorder.timeline(id)).endsWith("finished:" + status);
	}

}
