package dev.signals.test;

import java.lang.annotation.Annotation;
import java.util.Arrays;

import dev.signals.SignalRegistry;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;

/**
 * Finds the signal registry of a test's application context for the test execution listeners.
 */
final class TestContextSignals {

	private TestContextSignals() {
	}

	static SignalRegistry registry(TestContext testContext, Class<? extends Annotation> annotation) {
		ApplicationContext context = testContext.getApplicationContext();
		SignalRegistry registry = context.getBeanProvider(SignalRegistry.class).getIfUnique();
		if (registry == null) {
			throw new IllegalStateException("@" + annotation.getSimpleName() + " on "
					+ testContext.getTestClass().getName()
					+ " needs exactly one SignalRegistry bean in the test's application context, but found "
					+ Arrays.toString(context.getBeanNamesForType(SignalRegistry.class))
					+ "; add signals-spring-boot-starter to the application and leave signals.enabled at true");
		}
		return registry;
	}

}
