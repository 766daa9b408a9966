package dev.signals.sample;

import jakarta.servlet.ServletException;

import dev.signals.test.RecordSignals;
import dev.signals.test.RecordedSignals;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static dev.signals.spring.web.RequestSignals.GOT_REQUEST_EXCEPTION;
import static dev.signals.spring.web.RequestSignals.REQUEST_FINISHED;
import static dev.signals.test.SignalsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The testing guide, MockMvc in the whole application: got_request_exception and
 * request_finished are sent as over HTTP, and the exception is reported for a server error only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordSignals
class ErrorReportingTests {

	@Autowired
	MockMvc mvc;

	@Test
	void serverErrorIsReported(RecordedSignals recorded) {
		assertThatExceptionOfType(ServletException.class).isThrownBy(() -> this.mvc.perform(get("/boom")));

		assertThat(recorded).sent(GOT_REQUEST_EXCEPTION).once()
			.sent(REQUEST_FINISHED).once();
	}

	@Test
	void clientErrorIsNotReported(RecordedSignals recorded) throws Exception {
		this.mvc.perform(get("/orders/999999")).andExpect(status().isNotFound());

		assertThat(recorded).sent(GOT_REQUEST_EXCEPTION).never()
			.sent(REQUEST_FINISHED).once();
	}

}
