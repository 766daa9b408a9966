package dev.signals.test;

import java.io.Serializable;

import org.springframework.beans.factory.ObjectFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Records the signals sent during each test method of a class annotated
 * {@link RecordSignals @RecordSignals}: connects a {@link SignalRecorder} to every signal of the
 * context's registry before the method, including its {@code @BeforeEach} methods, and disconnects
 * it after the method, including its {@code @AfterEach} methods and the rollback of a test-managed
 * transaction. Makes {@link RecordedSignals} injectable, as a proxy of the current test's recorder.
 *
 * <p>Registered in {@code META-INF/spring.factories}, so it runs by default.
 */
public class RecordSignalsTestExecutionListener extends AbstractTestExecutionListener {

	/** The order: after Spring's {@code ApplicationEventsTestExecutionListener}, before dependency injection. */
	public static final int ORDER = 1850;

	@Override
	public final int getOrder() {
		return ORDER;
	}

	@Override
	public void prepareTestInstance(TestContext testContext) {
		if (recordsSignals(testContext) && testContext.getApplicationContext()
			.getAutowireCapableBeanFactory() instanceof ConfigurableListableBeanFactory beanFactory) {
			beanFactory.registerResolvableDependency(RecordedSignals.class, new CurrentRecorder());
		}
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		if (recordsSignals(testContext)) {
			RecordedSignalsHolder
				.start(SignalsTesting.record(TestContextSignals.registry(testContext, RecordSignals.class)));
		}
	}

	@Override
	public void afterTestMethod(TestContext testContext) {
		SignalRecorder recorder = RecordedSignalsHolder.stop();
		if (recorder != null) {
			recorder.close();
		}
	}

	private static boolean recordsSignals(TestContext testContext) {
		return TestContextAnnotationUtils.hasAnnotation(testContext.getTestClass(), RecordSignals.class);
	}

	/** Supplies the current test's recorder to a proxy Spring injects. */
	@SuppressWarnings("serial")
	private static final class CurrentRecorder implements ObjectFactory<RecordedSignals>, Serializable {

		@Override
		public RecordedSignals getObject() {
			return RecordedSignalsHolder.required();
		}

		@Override
		public String toString() {
			return "Current test's RecordedSignals";
		}

	}

}
