package dev.signals.sample.web;

import jakarta.servlet.http.HttpServletRequest;

import dev.signals.sample.audit.AuditRecorder;
import dev.signals.spring.Receiver;

import org.springframework.stereotype.Component;

import static dev.signals.spring.web.RequestSignals.GOT_REQUEST_EXCEPTION;

/** Reports every request that failed with a server error, as an error tracker would. */
@Component
class ErrorReporter {

	private final AuditRecorder audit;

	ErrorReporter(AuditRecorder audit) {
		this.audit = audit;
	}

	@Receiver(signal = GOT_REQUEST_EXCEPTION)
	void report(HttpServletRequest request, Throwable exception) {
		this.audit.record(GOT_REQUEST_EXCEPTION, "request", null,
				request.getMethod() + " " + request.getRequestURI() + " failed: " + exception);
	}

}
