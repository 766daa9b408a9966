package dev.signals.test;

import java.lang.reflect.Constructor;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.beans.factory.annotation.ParameterResolutionDelegate;

/**
 * Resolves a {@link RecordedSignals} parameter of a test or lifecycle method to the current
 * test's recorder. Constructor parameters and {@code @Autowired} ones are left to Spring, which
 * injects a proxy of the current test's recorder.
 */
final class RecordedSignalsParameterResolver implements ParameterResolver {

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == RecordedSignals.class
				&& !(parameterContext.getDeclaringExecutable() instanceof Constructor)
				&& !ParameterResolutionDelegate.isAutowirable(parameterContext.getParameter(),
						parameterContext.getIndex());
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		SignalRecorder recorder = RecordedSignalsHolder.current();
		if (recorder == null) {
			throw new ParameterResolutionException("No signals are being recorded for parameter "
					+ parameterContext.getParameter() + " of " + parameterContext.getDeclaringExecutable()
					+ ": a RecordedSignals parameter is available in test, @BeforeEach and @AfterEach methods of a "
					+ "class annotated @RecordSignals that runs with Spring's test framework, for example with "
					+ "@SpringBootTest");
		}
		return recorder;
	}

}
