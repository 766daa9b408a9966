package dev.signals.spring.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.signals.SignalEvent;
import dev.signals.SignalReceiver;
import dev.signals.SignalRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Receivers of the three request signals that throw when the request asks for it with
 * the {@value #FAIL_HEADER} header ({@code started}, {@code exception} or {@code finished}); the one of
 * request_finished first tries to change the response.
 */
class FailingReceivers {

	static final String FAIL_HEADER = "X-Fail";

	/** The header a failing request_finished receiver tries to add before it throws. */
	static final String LATE_HEADER = "X-Late";

	FailingReceivers(SignalRegistry registry) {
		registry.get(RequestSignals.REQUEST_STARTED).connect(new Failing("started"));
		registry.get(RequestSignals.REQUEST_FINISHED).connect(new Failing("finished"));
		registry.get(RequestSignals.GOT_REQUEST_EXCEPTION).connect(new Failing("exception"));
	}

	static final class ReceiverFailure extends RuntimeException {

		ReceiverFailure(String message) {
			super(message);
		}

	}

	private record Failing(String when) implements SignalReceiver {

		@Override
		public @Nullable Object receive(SignalEvent event) {
			HttpServletRequest request = event.get("request", HttpServletRequest.class);
			if (this.when.equals(request.getHeader(FAIL_HEADER))) {
				if (event.signal().argumentNames().contains("response")) {
					HttpServletResponse response = event.get("response", HttpServletResponse.class);
					response.setStatus(418);
					response.setHeader(LATE_HEADER, "changed");
				}
				throw new ReceiverFailure("receiver failed in " + event.signal().name());
			}
			return null;
		}

		@Override
		public String toString() {
			return "FailingReceiver[" + this.when + "]";
		}

	}

}
