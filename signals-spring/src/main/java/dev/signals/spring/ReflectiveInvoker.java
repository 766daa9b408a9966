package dev.signals.spring;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.jspecify.annotations.Nullable;

/**
 * Calls a method through {@link Method#invoke}: what a native image can do without defining
 * classes. The values are checked against the parameters before each call (the inherited
 * {@link #invoke(Object, dev.signals.SignalEvent, ParameterBinding, ReceiverMethod) binding call}
 * binds them checked), and what the method throws passes on unchanged.
 */
final class ReflectiveInvoker extends MethodInvoker {

	private final Method method;

	private ReflectiveInvoker(Method method) {
		this.method = method;
	}

	/**
	 * Creates the invoker of a method, making it accessible.
	 * @param method the method
	 * @return the invoker
	 * @throws IllegalAccessException when the method cannot be made accessible
	 */
	static ReflectiveInvoker of(Method method) throws IllegalAccessException {
		try {
			if (!method.trySetAccessible()) {
				throw new IllegalAccessException(method + " is in a module that does not open its package");
			}
		}
		catch (SecurityException ex) {
			throw new IllegalAccessException(ex.getMessage());
		}
		return new ReflectiveInvoker(method);
	}

	@Override
	@Nullable Object invoke(Object target, @Nullable Object[] args) throws Throwable {
		try {
			return this.method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

	@Override
	boolean isGenerated() {
		return false;
	}

}
