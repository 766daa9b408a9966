package dev.signals.spring.web;

import java.io.IOException;
import java.util.function.IntPredicate;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.signals.Signal;
import dev.signals.SignalRegistry;

import org.springframework.core.Ordered;

/**
 * Sends {@code request_started} when a client request enters the filter chain, and arranges for
 * {@code got_request_exception} and {@code request_finished} to be sent once the response is
 * complete. This class is the sender of the three signals, as Django's handler class is.
 *
 * <p>Map it to the {@code REQUEST}, {@code ASYNC} and {@code ERROR} dispatches and register a
 * {@link RequestSignalsListener}: only the {@code REQUEST} dispatch sends {@code request_started};
 * the others record exceptions that escape, and the end of an {@code ERROR} dispatch finishes an
 * async request that waited for its error page. A request the listener does not follow, as under
 * MockMvc, finishes when a dispatch ends that started no asynchronous processing; an exception
 * that escaped it is answered with a server error, as a container would. When no receiver
 * listens to any of the three signals the filter only passes the request on; otherwise it passes
 * on a response wrapper that notes {@code sendError}.
 */
public final class RequestSignalsFilter implements Filter {

	/**
	 * The default order: after Spring Boot's character encoding filter
	 * ({@code HIGHEST_PRECEDENCE}), so receivers read parameters in the right encoding, and its
	 * observation filter ({@code HIGHEST_PRECEDENCE + 1}), so receivers run inside the request's
	 * observation; before every other filter, so the application's own run inside this one.
	 */
	public static final int DEFAULT_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	static final String EXCHANGE_ATTRIBUTE = RequestSignalsFilter.class.getName() + ".EXCHANGE";

	private static final Class<RequestSignalsFilter> SENDER = RequestSignalsFilter.class;

	private final Signal requestStarted;

	private final Signal requestFinished;

	private final Signal gotRequestException;

	private final IntPredicate errorPageStatuses;

	/**
	 * Creates the filter for the request signals of a registry, for a container that renders no
	 * error page.
	 * @param registry the registry holding the built-in request signals
	 */
	public RequestSignalsFilter(SignalRegistry registry) {
		this(registry, (status) -> false);
	}

	/**
	 * Creates the filter for the request signals of a registry.
	 * @param registry the registry holding the built-in request signals
	 * @param errorPageStatuses which error statuses the container renders with an error page
	 * dispatch; an asynchronous request that sent one of them finishes after that dispatch
	 */
	public RequestSignalsFilter(SignalRegistry registry, IntPredicate errorPageStatuses) {
		this.requestStarted = registry.get(RequestSignals.REQUEST_STARTED);
		this.requestFinished = registry.get(RequestSignals.REQUEST_FINISHED);
		this.gotRequestException = registry.get(RequestSignals.GOT_REQUEST_EXCEPTION);
		this.errorPageStatuses = errorPageStatuses;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		DispatcherType type = request.getDispatcherType();
		RequestExchange exchange;
		ServletResponse passedOn = response;
		if (type == DispatcherType.REQUEST) {
			if (!isListenedTo() || !(request instanceof HttpServletRequest httpRequest)
					|| !(response instanceof HttpServletResponse httpResponse)) {
				chain.doFilter(request, response);
				return;
			}
			exchange = new RequestExchange(this, httpRequest, httpResponse,
					RequestSignalsListener.isFollowing(request));
			request.setAttribute(EXCHANGE_ATTRIBUTE, exchange);
			passedOn = new ErrorTrackingResponse(httpResponse, exchange);
		}
		else {
			exchange = RequestExchange.of(request);
			if (exchange == null) {
				chain.doFilter(request, response);
				return;
			}
		}
		exchange.dispatchStarted(type);
		try {
			if (type == DispatcherType.REQUEST && this.requestStarted.hasListeners(SENDER)) {
				this.requestStarted.send(SENDER, this.requestStarted.arguments("request", request));
			}
			chain.doFilter(request, passedOn);
		}
		catch (IOException | ServletException | RuntimeException | Error ex) {
			exchange.escaped(ex);
			throw ex;
		}
		finally {
			exchange.dispatchEnded(type);
		}
	}

	private boolean isListenedTo() {
		return this.requestStarted.hasListeners(SENDER) || this.requestFinished.hasListeners(SENDER)
				|| this.gotRequestException.hasListeners(SENDER);
	}

	/**
	 * Whether the container renders an error status with an error page dispatch.
	 * @param status the error status
	 * @return whether an error dispatch follows
	 */
	boolean rendersErrorPage(int status) {
		return this.errorPageStatuses.test(status);
	}

	/**
	 * Sends the signals of a request's end: {@code got_request_exception} when it failed, then,
	 * with the response flushed to the client, {@code request_finished}. A receiver's exception
	 * is logged; it cannot change the response.
	 * @param exchange the request that ended
	 */
	void finish(RequestExchange exchange) {
		HttpServletRequest request = exchange.request();
		try {
			Throwable failure = this.gotRequestException.hasListeners(SENDER) ? exchange.failure() : null;
			if (failure != null) {
				this.gotRequestException.sendRobust(SENDER,
						this.gotRequestException.arguments("request", request, "exception", failure));
			}
		}
		finally {
			if (this.requestFinished.hasListeners(SENDER)) {
				exchange.flush();
				this.requestFinished.sendRobust(SENDER,
						this.requestFinished.arguments("request", request, "response", exchange.response()));
			}
		}
	}

}
