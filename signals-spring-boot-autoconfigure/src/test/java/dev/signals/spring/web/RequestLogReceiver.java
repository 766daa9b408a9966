package dev.signals.spring.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.signals.spring.Receiver;

/**
 * A {@code @Receiver} method of request_finished as the request signals guide shows it, for the request filter
 * as sender, noting the final status of each test request.
 */
class RequestLogReceiver {

	private final Map<String, Integer> statuses = new ConcurrentHashMap<>();

	@Receiver(signal = RequestSignals.REQUEST_FINISHED, sender = RequestSignalsFilter.class)
	void finished(HttpServletRequest request, HttpServletResponse response) {
		this.statuses.put(SignalRecorder.id(request), response.getStatus());
	}

	Integer status(String id) {
		return this.statuses.get(id);
	}

}
