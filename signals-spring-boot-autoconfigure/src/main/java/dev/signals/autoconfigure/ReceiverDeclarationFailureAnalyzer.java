package dev.signals.autoconfigure;

import dev.signals.spring.Receiver;
import dev.signals.spring.ReceiverDeclarationException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a wrong {@code @Receiver} declaration, or a receiver connected in code for a sender
 * that never sends, in Spring Boot's "APPLICATION FAILED TO START" banner instead of a stack trace.
 */
class ReceiverDeclarationFailureAnalyzer extends AbstractFailureAnalyzer<ReceiverDeclarationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ReceiverDeclarationException cause) {
		String what = cause.isAnnotated() ? "the @Receiver declaration of " : "the connection of receiver ";
		return new FailureAnalysis(cause.getMessage(), "Correct " + what + cause.getReceiver() + " as described above.",
				cause);
	}

}
