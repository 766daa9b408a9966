package dev.signals.spring.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request signals of asynchronous requests over real HTTP: request_finished once, after the async
 * work completed and the last dispatch wrote the response.
 */
@RequestSignalsTest
class AsyncRequestSignalsTests {

	@LocalServerPort
	private int port;

	@Autowired
	private SignalRecorder recorder;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "callable", "deferred", "future", "stream", "sse" })
	void asyncRequestFinishesOnceAfterTheWorkAndTheLastDispatch(String kind) throws Exception {
		String id = SignalRecorder.newId();
		PipelinedHttp.Reply reply = PipelinedHttp.get(this.port, "/async/" + kind,
				SignalRecorder.header(id));
		assertThat(reply.status()).isEqualTo(200);
		RequestTimelines.assertAsyncRequestFinishedOnceAfterTheLastDispatch(this.recorder, id);
	}

	@Test
	void asyncErrorStatusFinishesAfterTheErrorPageWasRendered() throws Exception {
		String id = SignalRecorder.newId();
		PipelinedHttp.Reply reply = PipelinedHttp.get(this.port, "/async/deferred-status-404",
				SignalRecorder.header(id));
		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.text()).contains("\"status\":404");
		assertThat(this.recorder.timeline(id)).containsOnlyOnce("started", "finished:404")
			.doesNotContain("exception")
			.endsWith("dispatch:ASYNC:end", "dispatch:ERROR:end", "finished:404");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "stream", "sse" })
	void streamedBodyIsCompleteWhenTheRequestFinishes(String kind) throws Exception {
		String id = SignalRecorder.newId();
		PipelinedHttp.Reply reply = PipelinedHttp.get(this.port, "/async/" + kind,
				SignalRecorder.header(id));
		assertThat(reply.text()).containsPattern(kind.equals("stream") ? "chunk-0;.*chunk-1;.*chunk-2;"
				: "(?s)data:first.*data:second");
		assertThat(this.recorder.timeline(id)).containsSubsequence("work-done", "finished:200");
	}

}
