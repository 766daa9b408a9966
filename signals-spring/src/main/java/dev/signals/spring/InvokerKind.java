package dev.signals.spring;

import java.lang.reflect.Method;

import org.springframework.core.NativeDetector;

/**
 * How the receiver methods of a context are called, chosen once when the context starts: through
 * classes generated at run time where the runtime can define them (the JVM), through reflection
 * where it cannot (a GraalVM native image). Both take the same {@link ParameterBinding}, so a
 * value that does not fit its parameter fails with the same message either way.
 */
enum InvokerKind {

	/**
	 * Classes generated with {@code LambdaMetafactory} for up to six parameters, a method handle
	 * beyond: the fastest call on the JVM.
	 */
	GENERATED {

		@Override
		MethodInvoker invoker(Method method) throws IllegalAccessException {
			return MethodInvoker.of(method);
		}

	},

	/**
	 * {@link Method#invoke}, with the method made accessible: defines no class, so it works in a
	 * native image, where the starter's AOT processing registers the methods for reflection.
	 */
	REFLECTIVE {

		@Override
		MethodInvoker invoker(Method method) throws IllegalAccessException {
			return ReflectiveInvoker.of(method);
		}

	};

	/**
	 * Creates the invoker of a non-static method.
	 * @param method the method, accessible from its declaring class
	 * @return the invoker
	 * @throws IllegalAccessException when the method cannot be made accessible
	 */
	abstract MethodInvoker invoker(Method method) throws IllegalAccessException;

	/**
	 * The kind for the runtime this code runs on: {@link #REFLECTIVE} in a native image, where
	 * classes cannot be defined at run time, else {@link #GENERATED}.
	 * @return the kind
	 */
	static InvokerKind forThisRuntime() {
		return NativeDetector.inNativeImage() ? REFLECTIVE : GENERATED;
	}

}
