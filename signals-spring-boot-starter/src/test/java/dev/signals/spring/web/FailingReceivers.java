package dev.signals.spring.web;

import dev.signals.SignalEvent;
import dev.signals.SignalReceiver;
import dev.signals.SignalRegistry;
import dev.signals.Signals;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Receivers of request_started and request_finished that throw when the request asks for it with
 * the {@value #FAIL_HEADER} header ({@code started} or {@code finished}).
 */
class FailingReceivers {

	static final String FAIL_HEADER = "X-Fail";

	FailingReceivers(SignalRegistry registry) {
		registry.get(Signals.REQUEST_STARTED).connect(new Failing("started"));
		registry.get(Signals.REQUEST_FINISHED).connect(new Failing("finished"));
	}

	static final class ReceiverFailure extends RuntimeException {

		ReceiverFailure(String message) {
			super(message);
		}

	}

	private record Failing(String when) implements SignalReceiver {

		@Override
		public void receive(SignalEvent event) {
			HttpServletRequest request = event.get("request", HttpServletRequest.class);
			if (this.when.equals(request.getHeader(FAIL_HEADER))) {
				throw new ReceiverFailure("receiver failed in " + event.signal().name());
			}
		}

		@Override
		public String toString() {
			return "FailingReceiver[" + this.when + "]";
		}

	}

}
