package dev.signals.spring.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

/**
 * One client request as the request signals see it, from its first dispatch to its end: the
 * request and response the receivers get, the first exception recorded, and the {@link Stage} it
 * is in. Lives in a request attribute, and only while somebody listens.
 *
 * <p>It finishes exactly once. In a servlet container that runs the {@link RequestSignalsListener}
 * a synchronous request finishes when the container takes it out of scope, after any error page
 * was rendered; an asynchronous one when its async context completes or, when its last dispatch
 * sent an error that the container renders with an error page, after that error dispatch (the
 * container completes the async context before it renders the error page). Without the listener,
 * as under MockMvc, which renders no error pages, a request finishes when a dispatch ends that
 * started no asynchronous processing.
 */
final class RequestExchange implements AsyncListener {

	/** Where a request is on its way to {@code request_finished}; every transition is in this class. */
	enum Stage {

		/** The request dispatch runs. */
		DISPATCHING,

		/** The request dispatch returned; the container takes the request out of scope next. */
		ENDING,

		/** Asynchronous processing started: the request ends when its async context completes. */
		ASYNC,

		/** The async context completed; the request ends after the error page the container renders next. */
		AWAITING_ERROR_PAGE,

		/** The signals of the request's end were sent. */
		FINISHED

	}

	private final RequestSignalsFilter filter;

	private final HttpServletRequest request;

	private final HttpServletResponse response;

	private final boolean containerEnds;

	private final AtomicReference<Stage> stage = new AtomicReference<>(Stage.DISPATCHING);

	private volatile @Nullable Throwable exception;

	private volatile boolean escaped;

	private volatile int pendingErrorStatus;

	/**
	 * Creates the exchange of a request whose request dispatch starts.
	 * @param filter the filter that sends the signals
	 * @param request the request
	 * @param response the response
	 * @param containerEnds whether the container tells the {@link RequestSignalsListener} when the
	 * request goes out of scope, so that a synchronous request ends then
	 */
	RequestExchange(RequestSignalsFilter filter, HttpServletRequest request, HttpServletResponse response,
			boolean containerEnds) {
		this.filter = filter;
		this.request = request;
		this.response = response;
		this.containerEnds = containerEnds;
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

	/**
	 * Records that the application sent an error status, which the container may render with an
	 * error page after the current dispatch.
	 * @param status the status sent
	 */
	void errorSent(int status) {
		this.pendingErrorStatus = status;
	}

	/**
	 * Marks the start of a dispatch of the request: an error dispatch renders the error sent
	 * before.
	 * @param type the dispatch's type
	 */
	void dispatchStarted(DispatcherType type) {
		if (type == DispatcherType.ERROR) {
			this.pendingErrorStatus = 0;
		}
	}

	/**
	 * Marks the end of a dispatch of the request, and finishes the request if that was its end.
	 * @param type the dispatch's type
	 */
	void dispatchEnded(DispatcherType type) {
		boolean asyncStarted = this.request.isAsyncStarted();
		if (type == DispatcherType.REQUEST) {
			if (asyncStarted) {
				this.stage.compareAndSet(Stage.DISPATCHING, Stage.ASYNC);
				this.request.getAsyncContext().addListener(this);
			}
			else if (this.containerEnds) {
				this.stage.compareAndSet(Stage.DISPATCHING, Stage.ENDING);
			}
			else {
				finishWithoutContainer();
			}
		}
		else if (type == DispatcherType.ERROR) {
			if (this.stage.get() == Stage.AWAITING_ERROR_PAGE) {
				finish();
			}
		}
		else if (type == DispatcherType.ASYNC && !asyncStarted && !this.containerEnds) {
			finishWithoutContainer();
		}
	}

	/** Finishes a synchronous request that the container took out of scope. */
	void requestDestroyed() {
		if (this.stage.get() == Stage.ENDING) {
			finish();
		}
	}

	/**
	 * Finishes a request where no container renders an error page for an exception that escaped:
	 * answers it with a server error, as the container would, unless the response is committed.
	 */
	private void finishWithoutContainer() {
		if (this.escaped && !this.response.isCommitted()) {
			this.response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
		}
		finish();
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
	private void finish() {
		if (this.stage.getAndSet(Stage.FINISHED) != Stage.FINISHED) {
			this.filter.finish(this);
		}
	}

	@Override
	public void onComplete(AsyncEvent event) {
		int status = this.pendingErrorStatus;
		if (status != 0 && this.containerEnds && this.filter.rendersErrorPage(status)
				&& this.stage.compareAndSet(Stage.ASYNC, Stage.AWAITING_ERROR_PAGE)) {
			return;
		}
		finish();
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
