package dev.signals.spring.web;

import java.util.List;

import dev.signals.Argument;
import dev.signals.Signal;

/**
 * The request signals that the servlet bridge sends from the filter chain, named as in Django,
 * for static import. Their arguments are declared here once, by {@link #definitions()}.
 */
public final class RequestSignals {

	/** Sent when the server starts handling a request. Arguments: {@code request}. */
	public static final String REQUEST_STARTED = "request_started";

	/** Sent once the response is complete. Arguments: {@code request}, {@code response}. */
	public static final String REQUEST_FINISHED = "request_finished";

	/** Sent when a request fails with a server error. Arguments: {@code request}, {@code exception}. */
	public static final String GOT_REQUEST_EXCEPTION = "got_request_exception";

	private RequestSignals() {
	}

	/**
	 * Creates new, unconnected definitions of the request signals, one registry's worth. The
	 * request and response are declared as {@code Object}, so that a registry can define them
	 * without the Servlet API; the bridge sends {@code HttpServletRequest} and
	 * {@code HttpServletResponse}, and the startup checks hold receivers' parameters to those.
	 * @return the request signals
	 */
	public static List<Signal> definitions() {
		Argument request = Signal.arg("request", Object.class);
		return List.of(Signal.of(REQUEST_STARTED, request),
				Signal.of(REQUEST_FINISHED, request, Signal.arg("response", Object.class)),
				Signal.of(GOT_REQUEST_EXCEPTION, request, Signal.arg("exception", Throwable.class)));
	}

}
