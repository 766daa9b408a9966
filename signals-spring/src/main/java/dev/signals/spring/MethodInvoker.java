package dev.signals.spring;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.UndeclaredThrowableException;

import dev.signals.SignalEvent;
import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;

/**
 * Calls one method on a target with positional arguments, without reflection: a class generated
 * by {@link LambdaMetafactory} for methods of up to six parameters (it casts and unboxes), called
 * through an invoker made for its number of parameters ({@link GeneratedInvokers}); a spread
 * {@link MethodHandle} otherwise or when the generated class cannot be defined.
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

	/**
	 * Calls the method with the values a binding takes from an event. The generated invokers pass
	 * each value straight to the call, so no argument array is built, and unchecked: a value that
	 * does not fit fails the call with a {@link ClassCastException} or {@link NullPointerException}
	 * before the method runs.
	 * @param target the object to call it on
	 * @param event the event
	 * @param binding where each parameter takes its value from
	 * @param receiver the receiver, for errors of the binding
	 * @return what the method returned, {@code null} for a {@code void} method
	 * @throws Exception what the method or the binding threw; a {@link Throwable} that is neither
	 * an exception nor an error is wrapped in an {@link UndeclaredThrowableException}
	 */
	@Nullable Object invoke(Object target, SignalEvent event, ParameterBinding binding, ReceiverMethod receiver)
			throws Exception {
		try {
			return invoke(target, binding.bind(event, receiver));
		}
		catch (Exception | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new UndeclaredThrowableException(ex);
		}
	}

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
		if (method.getParameterCount() <= MAX_GENERATED && lookup.hasFullPrivilegeAccess()
				&& throwsOnlyExceptionsAndErrors(method)) {
			try {
				return generated(lookup, handle, method);
			}
			catch (Throwable ex) {
				// the defining class loader cannot see our interfaces, or similar: use the handle
			}
		}
		return new Handle(handle, method.getParameterCount());
	}

	/**
	 * Whether the method declares only exceptions and errors: the generated invokers pass what it
	 * throws on unchanged, so other throwables go through the handle, which wraps them.
	 */
	private static boolean throwsOnlyExceptionsAndErrors(Method method) {
		for (Class<?> type : method.getExceptionTypes()) {
			if (!Exception.class.isAssignableFrom(type) && !Error.class.isAssignableFrom(type)) {
				return false;
			}
		}
		return true;
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
		return isVoid ? GeneratedInvokers.forVoid(count, function) : GeneratedInvokers.forResult(count, function);
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
