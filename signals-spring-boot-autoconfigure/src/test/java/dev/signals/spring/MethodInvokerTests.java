package dev.signals.spring;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MethodInvokerTests {

	@Test
	void methodOfUpToSixParametersGetsAGeneratedInvokerThatUnboxes() throws Throwable {
		MethodInvoker invoker = MethodInvoker.of(Target.class.getDeclaredMethod("add", int.class, long.class));
		assertThat(invoker.isGenerated()).isTrue();
		assertThat(invoker.invoke(new Target(), new Object[] { 2, 40L })).isEqualTo(42L);
	}

	@Test
	void voidMethodAnswersNull() throws Throwable {
		Target target = new Target();
		MethodInvoker invoker = MethodInvoker.of(Target.class.getDeclaredMethod("remember", String.class));
		assertThat(invoker.isGenerated()).isTrue();
		assertThat(invoker.invoke(target, new Object[] { "x" })).isNull();
		assertThat(target.remembered).isEqualTo("x");
	}

	@Test
	void methodOfSevenParametersUsesAMethodHandle() throws Throwable {
		MethodInvoker invoker = MethodInvoker.of(Target.class.getDeclaredMethod("seven", int.class, int.class,
				int.class, int.class, int.class, int.class, int.class));
		assertThat(invoker.isGenerated()).isFalse();
		assertThat(invoker.invoke(new Target(), new Object[] { 1, 2, 3, 4, 5, 6, 7 })).isEqualTo(28);
	}

	@Test
	void checkedExceptionPassesThroughUnchanged() throws Exception {
		MethodInvoker invoker = MethodInvoker.of(Target.class.getDeclaredMethod("fail"));
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> invoker.invoke(new Target(), new Object[0]))
			.withMessage("boom");
	}

	@Test
	void methodDeclaringAThrowableThatIsNoExceptionUsesAMethodHandle() throws Exception {
		MethodInvoker invoker = MethodInvoker.of(Target.class.getDeclaredMethod("odd"));
		assertThat(invoker.isGenerated()).isFalse();
	}

	@Test
	void onTheJvmReceiversAreCalledThroughGeneratedClasses() {
		assertThat(InvokerKind.forThisRuntime()).isEqualTo(InvokerKind.GENERATED);
	}

	@Test
	void reflectiveKindDefinesNoClass() throws Exception {
		MethodInvoker invoker = InvokerKind.REFLECTIVE.invoker(Target.class.getDeclaredMethod("add", int.class,
				long.class));
		assertThat(invoker).isInstanceOf(ReflectiveInvoker.class);
		assertThat(invoker.isGenerated()).isFalse();
	}

	@ParameterizedTest
	@EnumSource(InvokerKind.class)
	void everyKindUnboxesTheArgumentsAndAnswersTheResult(InvokerKind kind) throws Throwable {
		MethodInvoker invoker = kind.invoker(Target.class.getDeclaredMethod("add", int.class, long.class));
		assertThat(invoker.invoke(new Target(), new Object[] { 2, 40L })).isEqualTo(42L);
	}

	@ParameterizedTest
	@EnumSource(InvokerKind.class)
	void everyKindAnswersNullForAVoidMethod(InvokerKind kind) throws Throwable {
		Target target = new Target();
		MethodInvoker invoker = kind.invoker(Target.class.getDeclaredMethod("remember", String.class));
		assertThat(invoker.invoke(target, new Object[] { "x" })).isNull();
		assertThat(target.remembered).isEqualTo("x");
	}

	@ParameterizedTest
	@EnumSource(InvokerKind.class)
	void everyKindCallsAMethodOfSevenParameters(InvokerKind kind) throws Throwable {
		MethodInvoker invoker = kind.invoker(Target.class.getDeclaredMethod("seven", int.class, int.class, int.class,
				int.class, int.class, int.class, int.class));
		assertThat(invoker.invoke(new Target(), new Object[] { 1, 2, 3, 4, 5, 6, 7 })).isEqualTo(28);
	}

	@ParameterizedTest
	@EnumSource(InvokerKind.class)
	void everyKindPassesWhatTheMethodThrowsThroughUnchanged(InvokerKind kind) throws Exception {
		MethodInvoker failing = kind.invoker(Target.class.getDeclaredMethod("fail"));
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> failing.invoke(new Target(), new Object[0]))
			.withMessage("boom");
		MethodInvoker odd = kind.invoker(Target.class.getDeclaredMethod("odd"));
		assertThatExceptionOfType(OddThrowable.class).isThrownBy(() -> odd.invoke(new Target(), new Object[0]));
	}

	static class OddThrowable extends Throwable {

	}

	static class Target {

		void odd() throws OddThrowable {
			throw new OddThrowable();
		}

		String remembered;

		long add(int a, long b) {
			return a + b;
		}

		void remember(String value) {
			this.remembered = value;
		}

		int seven(int a, int b, int c, int d, int e, int f, int g) {
			return a + b + c + d + e + f + g;
		}

		void fail() throws IOException {
			throw new IOException("boom");
		}

	}

}
