package dev.signals.spring.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

/**
 * One client request as the request signals see it, from its first dispatch to its end: the
 * request and response the receivers get, the first exception recorded, and whether the request
 * already finished. Lives in a request attribute, and only while somebody listens.
 *
 * <p>It finishes exactly once: a synchronous request when the container takes it out of scope,
 * after any error page was rendered; an asynchronous one on {@link #onComplete}, or, when its last
 * dispatch sent an error that the container renders with an error page, after that error
 * dispatch (the container completes the async context before it renders the error page).
 */
final class RequestExchange implements AsyncListener {

	private final RequestSignalsFilter filter;

	private final HttpServletRequest request;

	private final HttpServletResponse response;

	private final AtomicBoolean finished = new AtomicBoolean();

	private volatile @Nullable Throwable exception;

	private volatile boolean escaped;

	private volatile boolean async;

	private volatile int errorSent;

	private volatile boolean errorDispatched;

	private volatile boolean completed;

	RequestExchange(RequestSignalsFilter filter, HttpServletRequest request, HttpServletResponse response) {
		this.filter = filter;
		this.request = request;
		this.response = response;
	}

	/**
	 * The exchange of a request, if the request signals follow it.
	 * @param request the request, in any dispatch
	 * @return the exchange, or {@code null}
	 */
	static @Nullable RequestExchange of(ServletRequest request) {
		return (request.getAttribute(RequestSignalsFilter.EXCHANGE_ATTRIBUTE) instanceof RequestExchange exchange)
				? exchange : null;
	}

	HttpServletRequest request() {
		return this.request;
	}

	HttpServletResponse response() {
		return this.response;
	}

	/**
	 * Records an exception that a handler raised, unless one was recorded before: the first is
	 * the original, later ones tend to wrap it.
	 * @param exception the exception
	 */
	void record(Throwable exception) {
		if (this.exception == null) {
			this.exception = exception;
		}
	}

	/**
	 * Records an exception that escaped the filter chain; the container answers it with a server
	 * error.
	 * @param exception the exception
	 */
	void escaped(Throwable exception) {
		record(exception);
		this.escaped = true;
	}

	/**
	 * The exception that failed the request: one that escaped the filter chain, or one recorded
	 * while the response ended with a server error (5xx).
	 * @return the exception, or {@code null} when the request did not fail
	 */
	@Nullable Throwable failure() {
		Throwable failure = this.exception;
		if (failure == null && this.request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable error) {
			failure = error;
		}
		return (failure != null && (this.escaped || this.response.getStatus() >= 500)) ? failure : null;
	}

	/** Marks the request as asynchronous: it ends when its async context completes. */
	void startedAsync() {
		this.async = true;
	}

	boolean isAsync() {
		return this.async;
	}

	/**
	 * Records that the application sent an error status, which the container may render with an
	 * error page after the current dispatch.
	 * @param status the status sent
	 */
	void errorSent(int status) {
		this.errorSent = status;
		this.errorDispatched = false;
	}

	/** Marks the start of an error dispatch. */
	void errorDispatchStarted() {
		this.errorDispatched = true;
	}

	/** Marks the end of an error dispatch: finishes an async request that completed before it. */
	void errorDispatchEnded() {
		if (this.completed) {
			finish();
		}
	}

	/**
	 * Sends what the response holds to the client and commits it, so that
	 * {@code request_finished} receivers neither delay nor change it. A client that went away
	 * gets nothing more; the request still finishes.
	 */
	void flush() {
		try {
			this.response.flushBuffer();
		}
		catch (IOException ex) {
			// The client closed the connection: there is nobody left to send the response to
		}
	}

	/** Sends the signals of the request's end, the first time only. */
	void finish() {
		if (this.finished.compareAndSet(false, true)) {
			this.filter.finish(this);
		}
	}

	@Override
	public void onComplete(AsyncEvent event) {
		this.completed = true;
		int status = this.errorSent;
		if (status == 0 || this.errorDispatched || !this.filter.rendersErrorPage(status)) {
			finish();
		}
	}

	@Override
	public void onTimeout(AsyncEvent event) {
	}

	@Override
	public void onError(AsyncEvent event) {
		Throwable error = event.getThrowable();
		if (error != null) {
			record(error);
		}
	}

	@Override
	public void onStartAsync(AsyncEvent event) {
		event.getAsyncContext().addListener(this);
	}

}
