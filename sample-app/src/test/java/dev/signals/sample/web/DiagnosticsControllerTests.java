package dev.signals.sample.web;

import jakarta.servlet.ServletException;

import dev.signals.test.RecordSignals;
import dev.signals.test.RecordedSignals;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static dev.signals.spring.web.RequestSignals.GOT_REQUEST_EXCEPTION;
import static dev.signals.spring.web.RequestSignals.REQUEST_FINISHED;
import static dev.signals.spring.web.RequestSignals.REQUEST_STARTED;
import static dev.signals.test.SignalsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * The testing guide, {@code @WebMvcTest}: the slice sends the request signals under
 * MockMvc, once each per request, and connects the receivers of an imported class.
 */
@WebMvcTest(DiagnosticsController.class)
@Import(RequestTimings.class)
@RecordSignals
class DiagnosticsControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void failedRequestIsTimedWithItsServerError(RecordedSignals recorded) throws Exception {
		assertThatExceptionOfType(ServletException.class).isThrownBy(() -> this.mvc.perform(get("/boom")));

		this.mvc.perform(get("/requests"))
			.andExpect(jsonPath("$[0].path").value("/boom"))
			.andExpect(jsonPath("$[0].status").value(500));
		assertThat(recorded).sent(REQUEST_STARTED).times(2)
			.sent(GOT_REQUEST_EXCEPTION).once()
			.sent(REQUEST_FINISHED).times(2);
	}

}
