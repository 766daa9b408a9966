package dev.signals.spring.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.signals.Signal;
import dev.signals.SignalRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Request signals of synchronous requests over real HTTP: one request_started and one
 * request_finished per client request, whatever dispatches it takes; a MockMvc request to the
 * same application finishes once too, although the container never sees it.
 */
@RequestSignalsTest
class RequestSignalsTests {

	@LocalServerPort
	private int port;

	@Autowired
	private SignalRecorder recorder;

	@Autowired
	private SignalRegistry registry;

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private HoldingReceiver holdingReceiver;

	@Autowired
	private RequestLogReceiver requestLog;

	@Test
	void requestIsStartedBeforeTheApplicationFiltersAndFinishedAfterThem() throws Exception {
		String id = SignalRecorder.newId();
		PipelinedHttp.Reply reply = PipelinedHttp.get(this.port, "/hello", SignalRecorder.header(id));
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.text()).contains("hello");
		assertThat(this.recorder.timeline(id)).containsExactly("started", "app:enter", "exchange:present", "handled",
				"dispatch:REQUEST:end", "app:exit", "finished:200");
	}

	@Test
	void clientHasTheWholeResponseWhileRequestFinishedReceiversRun() throws Exception {
		HttpHeaders headers = new HttpHeaders();
		headers.set(SignalRecorder.ID_HEADER, SignalRecorder.newId());
		headers.set(HoldingReceiver.HOLD_HEADER, "true");
		ResponseEntity<String> response = this.rest.exchange("/raw", HttpMethod.GET, new HttpEntity<>(headers),
				String.class);
		this.holdingReceiver.release();
		assertThat(response.getBody()).isEqualTo("raw");
		assertThat(this.holdingReceiver.awaitReturn()).as("receiver released by the test, not timed out").isTrue();
	}

	@Test
	void requestFinishedIsReceivedWhenTheClientAlreadyHasTheResponse() {
		String id = SignalRecorder.newId();
		ResponseEntity<String> response = this.rest.exchange("/hello", HttpMethod.GET, withId(id), String.class);
		assertThat(response.getBody()).isEqualTo("hello");
		await().untilAsserted(() -> assertThat(this.recorder.timeline(id)).contains("finished:200"));
		assertThat(this.recorder.timeline(id)).containsOnlyOnce("started", "finished:200");
	}

	@Test
	void receiversGetTheFilterClassAsSenderAndTheSameRequestAndResponseThroughout() throws Exception {
		String id = SignalRecorder.newId();
		PipelinedHttp.get(this.port, "/boom", SignalRecorder.header(id));
		assertThat(this.recorder.senders()).containsExactly(RequestSignalsFilter.class);
		List<Object> arguments = this.recorder.arguments(id);
		assertThat(arguments.stream().filter(HttpServletRequest.class::isInstance).distinct()).hasSize(1);
		assertThat(arguments.stream().filter(HttpServletResponse.class::isInstance)).hasSize(1);
	}

	@Test
	void receiverMethodForTheFilterAsSenderGetsTheFinalStatus() throws Exception {
		String id = SignalRecorder.newId();
		PipelinedHttp.get(this.port, "/status-404", SignalRecorder.header(id));
		assertThat(this.requestLog.status(id)).isEqualTo(404);
	}

	@Test
	void forwardDoesNotSendTheSignalsAgain() throws Exception {
		String id = SignalRecorder.newId();
		PipelinedHttp.Reply reply = PipelinedHttp.get(this.port, "/forward", SignalRecorder.header(id));
		assertThat(reply.status()).isEqualTo(200);
		assertThat(this.recorder.timeline(id)).containsExactly("started", "app:enter", "exchange:present", "handled",
				"dispatch:FORWARD:end", "dispatch:REQUEST:end", "app:exit", "finished:200");
	}

	@Test
	void errorDispatchDoesNotSendTheSignalsAgainAndFinishesAfterTheErrorPage() throws Exception {
		String id = SignalRecorder.newId();
		PipelinedHttp.Reply reply = PipelinedHttp.get(this.port, "/status-404", SignalRecorder.header(id));
		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.text()).contains("\"status\":404");
		assertThat(this.recorder.timeline(id)).containsExactly("started", "app:enter", "exchange:present",
				"dispatch:REQUEST:end", "app:exit", "dispatch:ERROR:end", "finished:404");
	}

	@Test
	void requestForAMissingPageIsStartedAndFinishedOnce() throws Exception {
		String id = SignalRecorder.newId();
		PipelinedHttp.Reply reply = PipelinedHttp.get(this.port, "/no-such-page", SignalRecorder.header(id));
		assertThat(reply.status()).isEqualTo(404);
		assertThat(this.recorder.timeline(id)).containsOnlyOnce("started", "finished:404")
			.endsWith("dispatch:ERROR:end", "finished:404");
	}

	@Test
	void mockMvcRequestBesideTheServerFinishesOnceWithoutAnErrorDispatch() throws Exception {
		String id = SignalRecorder.newId();
		assertThat(MockMvcExchange.perform(this.mvc, "/status-404", id).getResponse().getStatus()).isEqualTo(404);
		assertThat(this.recorder.timeline(id)).containsExactly("started", "app:enter", "exchange:present",
				"dispatch:REQUEST:end", "app:exit", "finished:404");
	}

	@Test
	void withNobodyListeningTheFilterLeavesNoTrace() throws Exception {
		String id = SignalRecorder.newId();
		List<Signal> signals = List.of(this.registry.get(RequestSignals.REQUEST_STARTED),
				this.registry.get(RequestSignals.REQUEST_FINISHED), this.registry.get(RequestSignals.GOT_REQUEST_EXCEPTION));
		List<Signal.Muting> mutes = signals.stream().map(Signal::mute).toList();
		try {
			PipelinedHttp.Reply reply = PipelinedHttp.get(this.port, "/boom", SignalRecorder.header(id));
			assertThat(reply.status()).isEqualTo(500);
		}
		finally {
			mutes.forEach(Signal.Muting::close);
		}
		assertThat(this.recorder.timeline(id)).containsExactly("app:enter", "exchange:absent",
				"dispatch:REQUEST:end", "app:exit", "dispatch:ERROR:end");
	}

	private static HttpEntity<Void> withId(String id) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(SignalRecorder.ID_HEADER, id);
		return new HttpEntity<>(headers);
	}

}
