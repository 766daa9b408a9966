package dev.signals.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a wrong {@code @Receiver} declaration in Spring Boot's "APPLICATION FAILED TO START"
 * banner instead of a stack trace.
 */
class ReceiverDeclarationFailureAnalyzer extends AbstractFailureAnalyzer<ReceiverDeclarationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ReceiverDeclarationException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Correct the @Receiver declaration of " + cause.getReceiver() + " as described above.", cause);
	}

}
