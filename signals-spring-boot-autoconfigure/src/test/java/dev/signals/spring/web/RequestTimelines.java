package dev.signals.spring.web;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the request signal tests expect of a request's timeline, the same over real HTTP and under
 * MockMvc.
 */
final class RequestTimelines {

	private RequestTimelines() {
	}

	/**
	 * Asserts that an asynchronous request was started and finished once, after its work and
	 * after the async dispatch that wrote the response.
	 * @param recorder the recorder of the timelines
	 * @param id the request's id
	 */
	static void assertAsyncRequestFinishedOnceAfterTheLastDispatch(SignalRecorder recorder, String id) {
		List<String> timeline = recorder.timeline(id);
		assertThat(timeline).containsOnlyOnce("started", "work-done", "dispatch:ASYNC:end", "finished:200")
			.startsWith("started", "app:enter", "exchange:present")
			.containsSubsequence("dispatch:REQUEST:end", "app:exit", "dispatch:ASYNC:end", "finished:200")
			.endsWith("finished:200");
		assertThat(timeline.indexOf("work-done")).isLessThan(timeline.indexOf("finished:200"));
		assertThat(timeline.indexOf("dispatch:ASYNC:end")).isLessThan(timeline.indexOf("finished:200"));
	}

	/**
	 * Asserts that got_request_exception was sent once, with the exception the handler threw,
	 * right before request_finished.
	 * @param recorder the recorder of the timelines
	 * @param id the request's id
	 * @param status the status request_finished saw
	 */
	static void assertServerErrorSentOnceBeforeRequestFinished(SignalRecorder recorder, String id, int status) {
		assertThat(recorder.exceptions(id)).singleElement().isSameAs(recorder.thrown(id));
		assertThat(recorder.timeline(id)).containsOnlyOnce("started", "exception", "finished:" + status)
			.endsWith("exception", "finished:" + status);
	}

	/**
	 * Asserts that a request was started and finished once, and sent no got_request_exception.
	 * @param recorder the recorder of the timelines
	 * @param id the request's id
	 * @param status the status request_finished saw
	 */
	static void assertFinishedOnceWithoutException(SignalRecorder recorder, String id, int status) {
		assertThat(recorder.exceptions(id)).isEmpty();
		assertThat(recorder.timeline(id)).containsOnlyOnce("started", "finished:" + status)
			.doesNotContain("exception");
	}

}
