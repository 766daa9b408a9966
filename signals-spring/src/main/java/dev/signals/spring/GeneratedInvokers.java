package dev.signals.spring;

import dev.signals.SignalEvent;
import org.jspecify.annotations.Nullable;

/**
 * Invokers of methods through the classes {@link MethodInvoker} generates, one invoker class per
 * number of parameters: each passes the bound values straight to the generated call, with no
 * argument array and no branch on the count, so that the whole call of a receiver method stays
 * small enough for the JIT compiler to inline it into the dispatch. The values are passed
 * unchecked: the generated call casts and unboxes each before the method runs, and a
 * {@link ClassCastException} or {@link NullPointerException} from the call makes
 * {@link ReceiverMethod} check the values and report the parameter that does not fit.
 */
final class GeneratedInvokers {

	private GeneratedInvokers() {
	}

	/**
	 * Wraps a generated call of a method with a result.
	 * @param count the number of parameters, at most six
	 * @param function the generated {@code R0} to {@code R6}
	 * @return the invoker
	 */
	static MethodInvoker forResult(int count, Object function) {
		return switch (count) {
			case 0 -> new Result0(function);
			case 1 -> new Result1(function);
			case 2 -> new Result2(function);
			case 3 -> new Result3(function);
			case 4 -> new Result4(function);
			case 5 -> new Result5(function);
			default -> new Result6(function);
		};
	}

	/**
	 * Wraps a generated call of a {@code void} method.
	 * @param count the number of parameters, at most six
	 * @param function the generated {@code V0} to {@code V6}
	 * @return the invoker
	 */
	static MethodInvoker forVoid(int count, Object function) {
		return switch (count) {
			case 0 -> new Void0(function);
			case 1 -> new Void1(function);
			case 2 -> new Void2(function);
			case 3 -> new Void3(function);
			case 4 -> new Void4(function);
			case 5 -> new Void5(function);
			default -> new Void6(function);
		};
	}

	private abstract static class Generated extends MethodInvoker {

		@Override
		boolean isGenerated() {
			return true;
		}

	}

	private static final class Result0 extends Generated {

		private final MethodInvoker.R0 f;

		Result0(Object f) {
			this.f = (MethodInvoker.R0) f;
		}

		@Override
		@Nullable Object invoke(Object t, @Nullable Object[] a) {
			return this.f.call(t);
		}

		@Override
		@Nullable Object invoke(Object t, SignalEvent e, ParameterBinding b, ReceiverMethod r) {
			return this.f.call(t);
		}

	}

	private static final class Result1 extends Generated {

		private final MethodInvoker.R1 f;

		Result1(Object f) {
			this.f = (MethodInvoker.R1) f;
		}

		@Override
		@Nullable Object invoke(Object t, @Nullable Object[] a) {
			return this.f.call(t, a[0]);
		}

		@Override
		@Nullable Object invoke(Object t, SignalEvent e, ParameterBinding b, ReceiverMethod r) {
			return this.f.call(t, b.raw(0, e));
		}

	}

	private static final class Result2 extends Generated {

		private final MethodInvoker.R2 f;

		Result2(Object f) {
			this.f = (MethodInvoker.R2) f;
		}

		@Override
		@Nullable Object invoke(Object t, @Nullable Object[] a) {
			return this.f.call(t, a[0], a[1]);
		}

		@Override
		@Nullable Object invoke(Object t, SignalEvent e, ParameterBinding b, ReceiverMethod r) {
			return this.f.call(t, b.raw(0, e), b.raw(1, e));
		}

	}

	private static final class Result3 extends Generated {

		private final MethodInvoker.R3 f;

		Result3(Object f) {
			this.f = (MethodInvoker.R3) f;
		}

		@Override
		@Nullable Object invoke(Object t, @Nullable Object[] a) {
			return this.f.call(t, a[0], a[1], a[2]);
		}

		@Override
		@Nullable Object invoke(Object t, SignalEvent e, ParameterBinding b, ReceiverMethod r) {
			return this.f.call(t, b.raw(0, e), b.raw(1, e), b.raw(2, e));
		}

	}

	private static final class Result4 extends Generated {

		private final MethodInvoker.R4 f;

		Result4(Object f) {
			this.f = (MethodInvoker.R4) f;
		}

		@Override
		@Nullable Object invoke(Object t, @Nullable Object[] a) {
			return this.f.call(t, a[0], a[1], a[2], a[3]);
		}

		@Override
		@Nullable Object invoke(Object t, SignalEvent e, ParameterBinding b, ReceiverMethod r) {
			return this.f.call(t, b.raw(0, e), b.raw(1, e), b.raw(2, e), b.raw(3, e));
		}

	}

	private static final class Result5 extends Generated {

		private final MethodInvoker.R5 f;

		Result5(Object f) {
			this.f = (MethodInvoker.R5) f;
		}

		@Override
		@Nullable Object invoke(Object t, @Nullable Object[] a) {
			return this.f.call(t, a[0], a[1], a[2], a[3], a[4]);
		}

		@Override
		@Nullable Object invoke(Object t, SignalEvent e, ParameterBinding b, ReceiverMethod r) {
			return this.f.call(t, b.raw(0, e), b.raw(1, e), b.raw(2, e), b.raw(3, e), b.raw(4, e));
		}

	}

	private static final class Result6 extends Generated {

		private final MethodInvoker.R6 f;

		Result6(Object f) {
			this.f = (MethodInvoker.R6) f;
		}

		@Override
		@Nullable Object invoke(Object t, @Nullable Object[] a) {
			return this.f.call(t, a[0], a[1], a[2], a[3], a[4], a[5]);
		}

		@Override
		@Nullable Object invoke(Object t, SignalEvent e, ParameterBinding b, ReceiverMethod r) {
			return this.f.call(t, b.raw(0, e), b.raw(1, e), b.raw(2, e), b.raw(3, e), b.raw(4, e), b.raw(5, e));
		}

	}

	private static final class Void0 extends Generated {

		private final MethodInvoker.V0 f;

		Void0(Object f) {
			this.f = (MethodInvoker.V0) f;
		}

		@Override
		@Nullable Object invoke(Object t, @Nullable Object[] a) {
			this.f.call(t);
			return null;
		}

		@Override
		@Nullable Object invoke(Object t, SignalEvent e, ParameterBinding b, ReceiverMethod r) {
			this.f.call(t);
			return null;
		}

	}

	private static final class Void1 extends Generated {

		private final MethodInvoker.V1 f;

		Void1(Object f) {
			this.f = (MethodInvoker.V1) f;
		}

		@Override
		@Nullable Object invoke(Object t, @Nullable Object[] a) {
			this.f.call(t, a[0]);
			return null;
		}

		@Override
		@Nullable Object invoke(Object t, SignalEvent e, ParameterBinding b, ReceiverMethod r) {
			this.f.call(t, b.raw(0, e));
			return null;
		}

	}

	private static final class Void2 extends Generated {

		private final MethodInvoker.V2 f;

		Void2(Object f) {
			this.f = (MethodInvoker.V2) f;
		}

		@Override
		@Nullable Object invoke(Object t, @Nullable Object[] a) {
			this.f.call(t, a[0], a[1]);
			return null;
		}

		@Override
		@Nullable Object invoke(Object t, SignalEvent e, ParameterBinding b, ReceiverMethod r) {
			this.f.call(t, b.raw(0, e), b.raw(1, e));
			return null;
		}

	}

	private static final class Void3 extends Generated {

		private final MethodInvoker.V3 f;

		Void3(Object f) {
			this.f = (MethodInvoker.V3) f;
		}

		@Override
		@Nullable Object invoke(Object t, @Nullable Object[] a) {
			this.f.call(t, a[0], a[1], a[2]);
			return null;
		}

		@Override
		@Nullable Object invoke(Object t, SignalEvent e, ParameterBinding b, ReceiverMethod r) {
			this.f.call(t, b.raw(0, e), b.raw(1, e), b.raw(2, e));
			return null;
		}

	}

	private static final class Void4 extends Generated {

		private final MethodInvoker.V4 f;

		Void4(Object f) {
			this.f = (MethodInvoker.V4) f;
		}

		@Override
		@Nullable Object invoke(Object t, @Nullable Object[] a) {
			this.f.call(t, a[0], a[1], a[2], a[3]);
			return null;
		}

		@Override
		@Nullable Object invoke(Object t, SignalEvent e, ParameterBinding b, ReceiverMethod r) {
			this.f.call(t, b.raw(0, e), b.raw(1, e), b.raw(2, e), b.raw(3, e));
			return null;
		}

	}

	private static final class Void5 extends Generated {

		private final MethodInvoker.V5 f;

		Void5(Object f) {
			this.f = (MethodInvoker.V5) f;
		}

		@Override
		@Nullable Object invoke(Object t, @Nullable Object[] a) {
			this.f.call(t, a[0], a[1], a[2], a[3], a[4]);
			return null;
		}

		@Override
		@Nullable Object invoke(Object t, SignalEvent e, ParameterBinding b, ReceiverMethod r) {
			this.f.call(t, b.raw(0, e), b.raw(1, e), b.raw(2, e), b.raw(3, e), b.raw(4, e));
			return null;
		}

	}

	private static final class Void6 extends Generated {

		private final MethodInvoker.V6 f;

		Void6(Object f) {
			this.f = (MethodInvoker.V6) f;
		}

		@Override
		@Nullable Object invoke(Object t, @Nullable Object[] a) {
			this.f.call(t, a[0], a[1], a[2], a[3], a[4], a[5]);
			return null;
		}

		@Override
		@Nullable Object invoke(Object t, SignalEvent e, ParameterBinding b, ReceiverMethod r) {
			this.f.call(t, b.raw(0, e), b.raw(1, e), b.raw(2, e), b.raw(3, e), b.raw(4, e), b.raw(5, e));
			return null;
		}

	}

}
