package dev.signals.spring.web;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A receiver of each request signal that fails, and what the failure does: the status the client
 * gets, which signals are still sent, and what is logged at ERROR. The test is the table the
 * failure behaviour reference (docs/reference/failure-behaviour.md) shows.
 */
@RequestSignalsTest
@ExtendWith(OutputCaptureExtension.class)
class WebFaultMatrixTests {

	private static final List<String> SIGNAL_STEPS = List.of("started", "handled", "exception");

	@LocalServerPort
	private int port;

	@Autowired
	private SignalRecorder recorder;

	private static final String FAILURE = FailingReceivers.ReceiverFailure.class.getName() + ": receiver failed in ";

	private static final String CONTAINER_LOG = "[dispatcherServlet]: Servlet.service() for servlet "
			+ "[dispatcherServlet] in context with path [] threw exception";

	@Test
	void failingReceiverOfEachRequestSignal(CapturedOutput output) throws Exception {
		assertThat(List.of(row(output, "started", "/hello"), row(output, "exception", "/boom"),
				row(output, "finished", "/hello")))
			.containsExactly(
				// failing receiver, path, status, signals (and handler), exception sent, ERROR log
				new Row("started", "/hello", 500, List.of("started", "exception", "finished:500"),
						List.of(FAILURE + "request_started"), List.of(CONTAINER_LOG)),
				new Row("exception", "/boom", 500, List.of("started", "exception", "finished:500"),
						List.of("java.lang.IllegalStateException: boom"),
						List.of(CONTAINER_LOG + " [Request processing failed: java.lang.IllegalStateException: boom] "
								+ "with root cause", robustSendLog("exception", "got_request_exception"))),
				new Row("finished", "/hello", 200, List.of("started", "handled", "finished:200"), List.of(),
						List.of(robustSendLog("finished", "request_finished"))));
	}

	private static String robustSendLog(String receiver, String signal) {
		return "Signal: Error calling receiver FailingReceiver[" + receiver + "] of signal '" + signal
				+ "' in a robust send (sender class dev.signals.spring.web.RequestSignalsFilter): " + FAILURE + signal;
	}

	private Row row(CapturedOutput output, String failing, String path) throws Exception {
		int mark = output.length();
		String id = SignalRecorder.newId();
		PipelinedHttp.Reply reply = PipelinedHttp.get(this.port, path, SignalRecorder.header(id),
				FailingReceivers.FAIL_HEADER + ": " + failing);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.recorder.timeline(id).stream().anyMatch((step) -> step.startsWith("finished")));
		List<String> steps = this.recorder.timeline(id)
			.stream()
			.filter((step) -> SIGNAL_STEPS.contains(step) || step.startsWith("finished"))
			.toList();
		List<String> exceptions = this.recorder.exceptions(id).stream().map(Throwable::toString).toList();
		List<String> errors = output.toString()
			.substring(mark)
			.lines()
			.filter((line) -> line.contains(" ERROR "))
			.map((line) -> line.substring(line.lastIndexOf('.', line.indexOf(" : ")) + 1).replaceAll(" +: ", ": "))
			.toList();
		return new Row(failing, path, reply.status(), steps, exceptions, errors);
	}

	/** One failing receiver: what the client and the other receivers saw, and what was logged. */
	record Row(String failing, String path, int status, List<String> signals, List<String> exceptionSent,
			List<String> errors) {
	}

}
