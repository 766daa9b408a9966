package dev.signals.sample.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Request timings, and an endpoint that always fails so that error reporting can be seen. */
@RestController
class DiagnosticsController {

	private final RequestTimings timings;

	DiagnosticsController(RequestTimings timings) {
		this.timings = timings;
	}

	@GetMapping("/requests")
	List<RequestTimings.Timing> requests() {
		return this.timings.recent();
	}

	@GetMapping("/boom")
	String boom() {
		throw new IllegalStateException("Boom: this endpoint always fails");
	}

}
