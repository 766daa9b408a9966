package dev.signals.spring;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;

import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;

/**
 * Calls one method on a target with positional arguments, without reflection: a class generated
 * by {@link LambdaMetafactory} for methods of up to six parameters (it casts and unboxes), a
 * spread {@link MethodHandle} otherwise or when the generated class cannot be defined.
 */
abstract class MethodInvoker {

	private static final int MAX_GENERATED = 6;

	private static final Class<?>[] RESULT = { R0.class, R1.class, R2.class, R3.class, R4.class, R5.class, R6.class };

	private static final Class<?>[] VOID = { V0.class, V1.class, V2.class, V3.class, V4.class, V5.class, V6.class };

	/**
	 * Calls the method.
	 * @param target the object to call it on
	 * @param args one value per parameter, already of the parameter's (boxed) type
	 * @return what the method returned, {@code null} for a {@code void} method
	 * @throws Throwable what the method threw
	 */
	abstract @Nullable Object invoke(Object target, @Nullable Object[] args) throws Throwable;

	/** @return whether the call goes through a generated class rather than a method handle */
	abstract boolean isGenerated();

	/**
	 * Creates an invoker for a non-static method.
	 * @param method the method, accessible from its declaring class
	 * @return the invoker
	 * @throws IllegalAccessException when no lookup can access the method
	 */
	static MethodInvoker of(Method method) throws IllegalAccessException {
		MethodHandles.Lookup lookup;
		try {
			lookup = MethodHandles.privateLookupIn(method.getDeclaringClass(), MethodHandles.lookup());
		}
		catch (IllegalAccessException ex) {
			lookup = MethodHandles.publicLookup();
		}
		MethodHandle handle = lookup.unreflect(method);
		if (method.getParameterCount() <= MAX_GENERATED && lookup.hasFullPrivilegeAccess()) {
			try {
				return generated(lookup, handle, method);
			}
			catch (Throwable ex) {
				// the defining class loader cannot see our interfaces, or similar: use the handle
			}
		}
		return new Handle(handle, method.getParameterCount());
	}

	private static MethodInvoker generated(MethodHandles.Lookup lookup, MethodHandle handle, Method method)
			throws Throwable {
		int count = method.getParameterCount();
		boolean isVoid = method.getReturnType() == void.class;
		Class<?> type = isVoid ? VOID[count] : RESULT[count];
		MethodType erased = MethodType.genericMethodType(count + 1);
		Class<?>[] parameters = new Class<?>[count + 1];
		parameters[0] = method.getDeclaringClass();
		for (int i = 0; i < count; i++) {
			parameters[i + 1] = ClassUtils.resolvePrimitiveIfNecessary(method.getParameterTypes()[i]);
		}
		MethodType instantiated = MethodType.methodType(isVoid ? void.class : Object.class, parameters);
		if (isVoid) {
			erased = erased.changeReturnType(void.class);
		}
		CallSite site = LambdaMetafactory.metafactory(lookup, "call", MethodType.methodType(type), erased, handle,
				instantiated);
		Object function = site.getTarget().invoke();
		return isVoid ? new Void(function) : new Result(function);
	}

	private static final class Handle extends MethodInvoker {

		private final MethodHandle handle;

		Handle(MethodHandle handle, int count) {
			this.handle = handle.asSpreader(Object[].class, count)
				.asType(MethodType.methodType(Object.class, Object.class, Object[].class));
		}

		@Override
		@Nullable Object invoke(Object target, @Nullable Object[] args) throws Throwable {
			return (Object) this.handle.invokeExact(target, args);
		}

		@Override
		boolean isGenerated() {
			return false;
		}

	}

	private static final class Result extends MethodInvoker {

		private final Object function;

		Result(Object function) {
			this.function = function;
		}

		@Override
		@Nullable Object invoke(Object t, @Nullable Object[] a) {
			Object f = this.function;
			return switch (a.length) {
				case 0 -> ((R0) f).call(t);
				case 1 -> ((R1) f).call(t, a[0]);
				case 2 -> ((R2) f).call(t, a[0], a[1]);
				case 3 -> ((R3) f).call(t, a[0], a[1], a[2]);
				case 4 -> ((R4) f).call(t, a[0], a[1], a[2], a[3]);
				case 5 -> ((R5) f).call(t, a[0], a[1], a[2], a[3], a[4]);
				default -> ((R6) f).call(t, a[0], a[1], a[2], a[3], a[4], a[5]);
			};
		}

		@Override
		boolean isGenerated() {
			return true;
		}

	}

	private static final class Void extends MethodInvoker {

		private final Object function;

		Void(Object function) {
			this.function = function;
		}

		@Override
		@Nullable Object invoke(Object t, @Nullable Object[] a) {
			Object f = this.function;
			switch (a.length) {
				case 0 -> ((V0) f).call(t);
				case 1 -> ((V1) f).call(t, a[0]);
				case 2 -> ((V2) f).call(t, a[0], a[1]);
				case 3 -> ((V3) f).call(t, a[0], a[1], a[2]);
				case 4 -> ((V4) f).call(t, a[0], a[1], a[2], a[3]);
				case 5 -> ((V5) f).call(t, a[0], a[1], a[2], a[3], a[4]);
				default -> ((V6) f).call(t, a[0], a[1], a[2], a[3], a[4], a[5]);
			}
			return null;
		}

		@Override
		boolean isGenerated() {
			return true;
		}

	}

	// Implemented by generated classes; public so that classes in the receiver's package can implement them.

	public interface R0 { @Nullable Object call(Object t); }
	public interface R1 { @Nullable Object call(Object t, @Nullable Object a); }
	public interface R2 { @Nullable Object call(Object t, @Nullable Object a, @Nullable Object b); }
	public interface R3 { @Nullable Object call(Object t, @Nullable Object a, @Nullable Object b, @Nullable Object c); }
	public interface R4 { @Nullable Object call(Object t, @Nullable Object a, @Nullable Object b, @Nullable Object c, @Nullable Object d); }
	public interface R5 { @Nullable Object call(Object t, @Nullable Object a, @Nullable Object b, @Nullable Object c, @Nullable Object d, @Nullable Object e); }
	public interface R6 { @Nullable Object call(Object t, @Nullable Object a, @Nullable Object b, @Nullable Object c, @Nullable Object d, @Nullable Object e, @Nullable Object f); }
	public interface V0 { void call(Object t); }
	public interface V1 { void call(Object t, @Nullable Object a); }
	public interface V2 { void call(Object t, @Nullable Object a, @Nullable Object b); }
	public interface V3 { void call(Object t, @Nullable Object a, @Nullable Object b, @Nullable Object c); }
	public interface V4 { void call(Object t, @Nullable Object a, @Nullable Object b, @Nullable Object c, @Nullable Object d); }
	public interface V5 { void call(Object t, @Nullable Object a, @Nullable Object b, @Nullable Object c, @Nullable Object d, @Nullable Object e); }
	public interface V6 { void call(Object t, @Nullable Object a, @Nullable Object b, @Nullable Object c, @Nullable Object d, @Nullable Object e, @Nullable Object f); }

}
