package dev.signals.spring;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Finds the {@link Receiver @Receiver} methods of a class, also those annotated through a
 * meta-annotation: the same search at startup and in AOT processing, so that every method
 * connected at run time had its hints registered at build time.
 */
final class ReceiverMethods {

	private ReceiverMethods() {
	}

	/**
	 * The {@code @Receiver} methods of a class and its superclasses and interfaces.
	 * @param type the class
	 * @return each method with its merged annotation, empty when it has none
	 */
	static Map<Method, Receiver> of(Class<?> type) {
		return of(type, (method) -> {
		});
	}

	/**
	 * The {@code @Receiver} methods of a class and its superclasses and interfaces.
	 * @param type the class
	 * @param others called with every other method, to check that it carries no annotation that
	 * only a receiver may carry
	 * @return each method with its merged annotation, empty when it has none
	 */
	static Map<Method, Receiver> of(Class<?> type, Consumer<Method> others) {
		return MethodIntrospector.selectMethods(type, (MethodIntrospector.MetadataLookup<Receiver>) (method) -> {
			Receiver receiver = AnnotatedElementUtils.findMergedAnnotation(method, Receiver.class);
			if (receiver == null) {
				others.accept(method);
			}
			return receiver;
		});
	}

}
