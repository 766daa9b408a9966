package dev.signals.spring.web;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A receiver's exception in request_started fails the request as a server error, as in Django; one
 * in request_finished is logged and leaves the response alone.
 */
@RequestSignalsTest
@ExtendWith(OutputCaptureExtension.class)
class RequestSignalsReceiverFailureTests {

	@LocalServerPort
	private int port;

	@Autowired
	private SignalRecorder recorder;

	@Test
	void exceptionInRequestStartedFailsTheRequestWithoutCallingTheHandler() throws Exception {
		String id = SignalRecorder.newId();
		PipelinedHttp.Reply reply = PipelinedHttp.get(this.port, "/hello", SignalRecorder.header(id),
				FailingReceivers.FAIL_HEADER + ": started");
		assertThat(reply.status()).isEqualTo(500);
		assertThat(this.recorder.timeline(id)).containsExactly("started", "dispatch:ERROR:end", "exception",
				"finished:500");
		assertThat(this.recorder.exceptions(id)).singleElement(InstanceOfAssertFactories.THROWABLE)
			.isInstanceOf(FailingReceivers.ReceiverFailure.class)
			.hasMessage("receiver failed in request_started");
	}

	@Test
	void exceptionInRequestFinishedIsLoggedAndTheResponseCannotBeChanged(CapturedOutput output) throws Exception {
		String id = SignalRecorder.newId();
		PipelinedHttp.Reply reply = PipelinedHttp.get(this.port, "/accepted", SignalRecorder.header(id),
				FailingReceivers.FAIL_HEADER + ": finished");
		assertThat(reply.status()).isEqualTo(202);
		assertThat(reply.text()).doesNotContainIgnoringCase(FailingReceivers.LATE_HEADER);
		assertThat(this.recorder.timeline(id)).containsOnlyOnce("finished:202").doesNotContain("exception");
		assertThat(output).contains("ERROR").contains("FailingReceiver[finished]")
			.contains("'request_finished'")
			.contains("receiver failed in request_finished");
	}

}
