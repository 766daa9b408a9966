package dev.signals.test;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.stream.Collectors;

import dev.signals.SignalRegistry;
import dev.signals.autoconfigure.SignalsAutoConfiguration;

import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport.ConditionAndOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport.ConditionAndOutcomes;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;

/**
 * Finds the signal registry of a test's application context for the test execution listeners,
 * and when there is none says why: no signals auto-configuration in the context, one that did
 * not apply, or several registries.
 */
final class TestContextSignals {

	private static final String AUTO_CONFIGURATION = SignalsAutoConfiguration.class.getName();

	private TestContextSignals() {
	}

	static SignalRegistry registry(TestContext testContext, Class<? extends Annotation> annotation) {
		ApplicationContext context = testContext.getApplicationContext();
		SignalRegistry registry = context.getBeanProvider(SignalRegistry.class).getIfUnique();
		if (registry == null) {
			throw new IllegalStateException("@" + annotation.getSimpleName() + " on "
					+ testContext.getTestClass().getName()
					+ " needs the SignalRegistry of the test's application context, but " + why(context));
		}
		return registry;
	}

	private static String why(ApplicationContext context) {
		String[] names = context.getBeanNamesForType(SignalRegistry.class);
		if (names.length > 1) {
			return "found " + names.length + " and none is @Primary: " + Arrays.toString(names)
					+ "; mark the application's registry @Primary";
		}
		ConditionEvaluationReport report = ConditionEvaluationReport.find(context.getAutowireCapableBeanFactory());
		if (report != null && report.getExclusions().contains(AUTO_CONFIGURATION)) {
			return "the application excludes " + AUTO_CONFIGURATION + " from auto-configuration";
		}
		ConditionAndOutcomes outcomes = (report != null) ? report.getConditionAndOutcomesBySource().get(AUTO_CONFIGURATION)
				: null;
		if (outcomes != null && !outcomes.isFullMatch()) {
			return "the signals auto-configuration did not apply: " + outcomes.stream()
				.map(ConditionAndOutcome::getOutcome)
				.filter((outcome) -> !outcome.isMatch())
				.map(ConditionOutcome::getMessage)
				.collect(Collectors.joining("; "));
		}
		return "the context has no signals auto-configuration: @SpringBootTest, @DataJpaTest and @WebMvcTest "
				+ "include it, other test slices and plain Spring test contexts do not; add @"
				+ AutoConfigureSignals.class.getSimpleName() + " to the test class";
	}

}
