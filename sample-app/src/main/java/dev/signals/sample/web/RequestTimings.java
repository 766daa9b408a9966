package dev.signals.sample.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.signals.spring.Receiver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import static dev.signals.spring.web.RequestSignals.REQUEST_FINISHED;
import static dev.signals.spring.web.RequestSignals.REQUEST_STARTED;

/** Times every request from {@code request_started} to {@code request_finished}; keeps the last 100. */
@Component
public class RequestTimings {

	private static final Logger logger = LoggerFactory.getLogger(RequestTimings.class);

	private static final String STARTED_AT = RequestTimings.class.getName() + ".startedAt";

	private final Deque<Timing> recent = new ArrayDeque<>();

	@Receiver(signal = REQUEST_STARTED)
	void started(HttpServletRequest request) {
		request.setAttribute(STARTED_AT, System.nanoTime());
	}

	@Receiver(signal = REQUEST_FINISHED)
	void finished(HttpServletRequest request, HttpServletResponse response) {
		if (!(request.getAttribute(STARTED_AT) instanceof Long startedAt)) {
			return;
		}
		Timing timing = new Timing(request.getMethod(), request.getRequestURI(), response.getStatus(),
				(System.nanoTime() - startedAt) / 1_000_000.0);
		logger.info("{} {} -> {} in {} ms", timing.method(), timing.path(), timing.status(), timing.millis());
		synchronized (this.recent) {
			this.recent.addFirst(timing);
			if (this.recent.size() > 100) {
				this.recent.removeLast();
			}
		}
	}

	/** @return the last requests, newest first */
	public List<Timing> recent() {
		synchronized (this.recent) {
			return List.copyOf(this.recent);
		}
	}

	/** How long one request took. */
	public record Timing(String method, String path, int status, double millis) {
	}

}
