package dev.signals.test;

import java.util.List;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary.Failure;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Runs sample test classes with the JUnit launcher, to observe what the test support does around
 * a test, including a failing one. Samples are enabled only when run from here.
 */
final class Samples {

	/** The condition of {@code @EnabledIf} that enables a sample only when run from here. */
	static final String LAUNCHED_ONLY = "dev.signals.test.Samples#launched";

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

	/**
	 * The messages of a run's failures, in order.
	 * @param summary the run
	 * @return one message per failed test
	 */
	static List<String> failures(TestExecutionSummary summary) {
		return summary.getFailures().stream().map(Failure::getException).map(Throwable::getMessage).toList();
	}

	static boolean launched(ExtensionContext context) {
		return context.getConfigurationParameter(LAUNCHED).isPresent();
	}

}
