package dev.signals.test;

import java.util.ArrayList;
import java.util.List;

import dev.signals.Signal;

import org.springframework.core.Conventions;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Mutes the signals named by {@link MuteSignals @MuteSignals} on the test class and the test
 * method before the method, including its {@code @BeforeEach} methods, and lifts the mutes after
 * it, including its {@code @AfterEach} methods, whether it passed or failed.
 *
 * <p>Registered in {@code META-INF/spring.factories}, so it runs by default.
 */
public class MuteSignalsTestExecutionListener extends AbstractTestExecutionListener {

	/** The order: right after {@link RecordSignalsTestExecutionListener}, before dependency injection. */
	public static final int ORDER = RecordSignalsTestExecutionListener.ORDER + 10;

	private static final String MUTING = Conventions.getQualifiedAttributeName(MuteSignalsTestExecutionListener.class,
			"muting");

	@Override
	public final int getOrder() {
		return ORDER;
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		List<String> names = new ArrayList<>();
		MuteSignals onClass = TestContextAnnotationUtils.findMergedAnnotation(testContext.getTestClass(),
				MuteSignals.class);
		MuteSignals onMethod = AnnotatedElementUtils.findMergedAnnotation(testContext.getTestMethod(),
				MuteSignals.class);
		if (onClass == null && onMethod == null) {
			return;
		}
		if (onClass != null) {
			names.addAll(List.of(onClass.value()));
		}
		if (onMethod != null) {
			names.addAll(List.of(onMethod.value()));
		}
		if (names.isEmpty()) {
			throw new IllegalStateException("@MuteSignals on " + testContext.getTestClass().getName() + "."
					+ testContext.getTestMethod().getName()
					+ " names no signal; list the signals to mute, for example @MuteSignals(ModelSignals.POST_SAVE)");
		}
		Signal.Muting muting = SignalsTesting.mute(TestContextSignals.registry(testContext, MuteSignals.class),
				names.toArray(String[]::new));
		testContext.setAttribute(MUTING, muting);
	}

	@Override
	public void afterTestMethod(TestContext testContext) {
		if (testContext.removeAttribute(MUTING) instanceof Signal.Muting muting) {
			muting.close();
		}
	}

}
