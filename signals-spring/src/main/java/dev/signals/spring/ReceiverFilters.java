package dev.signals.spring;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Predicate;

import dev.signals.Signal;
import dev.signals.SignalEvent;
import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * The {@link ReceiverFilterFactory} beans of the context: the filter of a {@code @Receiver}
 * method from the annotations they read, and the check that none of those annotations is on a
 * method that is no receiver.
 */
final class ReceiverFilters {

	private final List<ReceiverFilterFactory<?>> factories;

	ReceiverFilters(List<ReceiverFilterFactory<?>> factories) {
		this.factories = List.copyOf(factories);
	}

	/** @return filters of no factory, for receivers that cannot have any */
	static ReceiverFilters none() {
		return new ReceiverFilters(List.of());
	}

	/**
	 * The filter of a {@code @Receiver} method for one of its signals.
	 * @return every filter of its annotations combined, {@code null} when it has none
	 * @throws ReceiverDeclarationException when a factory rejects the declaration
	 */
	@Nullable Predicate<SignalEvent> filter(String description, Method method, Signal signal, Receiver receiver) {
		Predicate<SignalEvent> combined = null;
		for (ReceiverFilterFactory<?> factory : this.factories) {
			Predicate<SignalEvent> filter = filter(factory, description, method, signal, receiver);
			if (filter != null) {
				combined = (combined != null) ? combined.and(filter) : filter;
			}
		}
		return combined;
	}

	private static <A extends Annotation> @Nullable Predicate<SignalEvent> filter(ReceiverFilterFactory<A> factory,
			String description, Method method, Signal signal, Receiver receiver) {
		A annotation = AnnotatedElementUtils.findMergedAnnotation(method, factory.annotationType());
		return (annotation != null) ? factory.filter(annotation, description, method, signal, receiver) : null;
	}

	/**
	 * Checks a method without {@code @Receiver} for the annotations of the factories.
	 * @param method a method of a bean's class
	 * @throws ReceiverDeclarationException when it carries one, which would be ignored
	 */
	void checkNotReceiver(Method method) {
		for (ReceiverFilterFactory<?> factory : this.factories) {
			if (AnnotatedElementUtils.hasAnnotation(method, factory.annotationType())) {
				String name = "@" + factory.annotationType().getSimpleName();
				throw new ReceiverDeclarationException(ReceiverMethodFactory.description(method), "it is annotated "
						+ name + ", which narrows the sends a @Receiver method receives, but it is not a @Receiver "
						+ "method; add @Receiver(signal = ...) or remove " + name);
			}
		}
	}

}
