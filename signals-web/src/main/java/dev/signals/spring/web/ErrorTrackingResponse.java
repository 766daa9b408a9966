package dev.signals.spring.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The response the application gets while the request signals follow a request: tells the
 * {@link RequestExchange} when an error is sent, so that {@code request_finished} waits for the
 * error page the container renders after an asynchronous request completed. An error that could
 * not be sent (the response was committed) is not noted.
 */
final class ErrorTrackingResponse extends HttpServletResponseWrapper {

	private final RequestExchange exchange;

	ErrorTrackingResponse(HttpServletResponse response, RequestExchange exchange) {
		super(response);
		this.exchange = exchange;
	}

	@Override
	public void sendError(int status, String message) throws IOException {
		super.sendError(status, message);
		this.exchange.errorSent(status);
	}

	@Override
	public void sendError(int status) throws IOException {
		super.sendError(status);
		this.exchange.errorSent(status);
	}

}
