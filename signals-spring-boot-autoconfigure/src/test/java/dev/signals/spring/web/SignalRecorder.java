package dev.signals.spring.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.signals.SignalEvent;
import dev.signals.SignalRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Receivers of the three request signals that write one timeline per test request (identified by
 * the {@value #ID_HEADER} header), shared with the test filters and controllers that add their
 * own steps. Connected through the registry; they can become {@code @Receiver} methods later.
 */
class SignalRecorder {

	static final String ID_HEADER = "X-Test-Id";

	/**
	 * The request header line that tags a request with a test's id.
	 * @param id the id
	 * @return the header line
	 */
	static String header(String id) {
		return ID_HEADER + ": " + id;
	}

	private final Map<String, List<String>> timelines = new ConcurrentHashMap<>();

	private final Map<String, List<Throwable>> exceptions = new ConcurrentHashMap<>();

	private final Map<String, Throwable> thrown = new ConcurrentHashMap<>();

	private final Map<String, List<Object>> arguments = new ConcurrentHashMap<>();

	private final Set<Object> senders = ConcurrentHashMap.newKeySet();

	SignalRecorder(SignalRegistry registry) {
		registry.get(RequestSignals.REQUEST_STARTED).connect(this::started);
		registry.get(RequestSignals.REQUEST_FINISHED).connect(this::finished);
		registry.get(RequestSignals.GOT_REQUEST_EXCEPTION).connect(this::gotException);
	}

	static String newId() {
		return UUID.randomUUID().toString();
	}

	static String id(ServletRequest request) {
		return (request instanceof HttpServletRequest http && http.getHeader(ID_HEADER) != null)
				? http.getHeader(ID_HEADER) : "none";
	}

	private @Nullable Object started(SignalEvent event) {
		HttpServletRequest request = event.get("request", HttpServletRequest.class);
		this.senders.add(event.sender());
		argumentsOf(id(request)).add(request);
		step(id(request), "started");
		return null;
	}

	private @Nullable Object finished(SignalEvent event) {
		HttpServletRequest request = event.get("request", HttpServletRequest.class);
		HttpServletResponse response = event.get("response", HttpServletResponse.class);
		this.senders.add(event.sender());
		argumentsOf(id(request)).add(request);
		argumentsOf(id(request)).add(response);
		step(id(request), "finished:" + response.getStatus());
		return null;
	}

	private @Nullable Object gotException(SignalEvent event) {
		HttpServletRequest request = event.get("request", HttpServletRequest.class);
		this.senders.add(event.sender());
		argumentsOf(id(request)).add(request);
		this.exceptions.computeIfAbsent(id(request), (key) -> Collections.synchronizedList(new ArrayList<>()))
			.add(event.get("exception", Throwable.class));
		step(id(request), "exception");
		return null;
	}

	private List<Object> argumentsOf(String id) {
		return this.arguments.computeIfAbsent(id, (key) -> Collections.synchronizedList(new ArrayList<>()));
	}

	/**
	 * Adds a step to a request's timeline.
	 * @param id the request's id
	 * @param step what happened
	 */
	void step(String id, String step) {
		if (!"none".equals(id)) {
			this.timelines.computeIfAbsent(id, (key) -> Collections.synchronizedList(new ArrayList<>())).add(step);
		}
	}

	/**
	 * Remembers the exception a handler is about to throw.
	 * @param id the request's id
	 * @param exception the exception
	 * @param <T> its type
	 * @return the exception
	 */
	<T extends Throwable> T threw(String id, T exception) {
		this.thrown.put(id, exception);
		return exception;
	}

	List<String> timeline(String id) {
		List<String> timeline = this.timelines.getOrDefault(id, List.of());
		synchronized (timeline) {
			return List.copyOf(timeline);
		}
	}

	List<Throwable> exceptions(String id) {
		List<Throwable> exceptions = this.exceptions.getOrDefault(id, List.of());
		synchronized (exceptions) {
			return List.copyOf(exceptions);
		}
	}

	Throwable thrown(String id) {
		return this.thrown.get(id);
	}

	List<Object> arguments(String id) {
		List<Object> arguments = this.arguments.getOrDefault(id, List.of());
		synchronized (arguments) {
			return List.copyOf(arguments);
		}
	}

	Set<Object> senders() {
		return Set.copyOf(this.senders);
	}

}
