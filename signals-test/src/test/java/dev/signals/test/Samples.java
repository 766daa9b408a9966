package dev.signals.test;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Runs sample test classes with the JUnit launcher, to observe what the test support does around
 * a test, including a failing one. Samples are enabled only when run from here.
 */
final class Samples {

	private static final String LAUNCHED = "dev.signals.test.samples";

	private Samples() {
	}

	static TestExecutionSummary run(Class<?> testClass) {
		LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
			.selectors(selectClass(testClass))
			.configurationParameter(LAUNCHED, "true")
			.build();
		SummaryGeneratingListener listener = new SummaryGeneratingListener();
		LauncherFactory.create().execute(request, listener);
		return listener.getSummary();
	}

	static boolean launched(ExtensionContext context) {
		return context.getConfigurationParameter(LAUNCHED).isPresent();
	}

}
