package dev.signals.spring.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * got_request_exception over real HTTP: once, with the exception the handler threw, for every
 * request that ends as a server error however the exception was rendered; never for client
 * errors or normal responses.
 */
@RequestSignalsTest
class RequestExceptionSignalsTests {

	@LocalServerPort
	private int port;

	@Autowired
	private SignalRecorder recorder;

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "/boom, 500", "/handled-500, 500", "/status-500, 500", "/async/callable-boom, 500",
			"/async/deferred-handled-500, 500" })
	void serverErrorSendsTheOriginalExceptionOnceBeforeRequestFinished(String path, int status) throws Exception {
		String id = SignalRecorder.newId();
		PipelinedHttp.Reply reply = PipelinedHttp.get(this.port, path, SignalRecorder.header(id));
		assertThat(reply.status()).isEqualTo(status);
		RequestTimelines.assertServerErrorSentOnceBeforeRequestFinished(this.recorder, id, status);
	}

	@Test
	void asyncTimeoutIsAServerErrorWithSpringsTimeoutException() throws Exception {
		String id = SignalRecorder.newId();
		PipelinedHttp.Reply reply = PipelinedHttp.get(this.port, "/async/deferred-timeout",
				SignalRecorder.header(id));
		assertThat(reply.status()).isEqualTo(503);
		assertThat(this.recorder.exceptions(id)).singleElement().isInstanceOf(AsyncRequestTimeoutException.class);
		assertThat(this.recorder.timeline(id)).containsOnlyOnce("started", "exception", "finished:503")
			.endsWith("exception", "finished:503");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "/handled-400, 400", "/status-404, 404", "/no-such-page, 404", "/hello, 200", "/plain-500, 500",
			"/async/deferred, 200" })
	void clientErrorOrNormalResponseSendsNoException(String path, int status) throws Exception {
		String id = SignalRecorder.newId();
		PipelinedHttp.Reply reply = PipelinedHttp.get(this.port, path, SignalRecorder.header(id));
		assertThat(reply.status()).isEqualTo(status);
		RequestTimelines.assertFinishedOnceWithoutException(this.recorder, id, status);
	}

}
