package dev.signals.spring;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.function.Predicate;

import dev.signals.Signal;
import dev.signals.SignalEvent;
import org.jspecify.annotations.Nullable;

/**
 * Lets a bridge give {@link Receiver @Receiver} methods an annotation of its own that narrows
 * which sends of a signal call them. A bean of this type is asked at startup, for each signal of
 * each method carrying its {@linkplain #annotationType() annotation}, to check the declaration and
 * return the filter; the method is then called, stored or scheduled only for sends the filter
 * accepts. The annotation on a method that is not a {@code @Receiver} fails the start.
 *
 * @param <A> the annotation
 */
public interface ReceiverFilterFactory<A extends Annotation> {

	/** @return the annotation this factory reads */
	Class<A> annotationType();

	/**
	 * Checks the annotation of a {@code @Receiver} method for one of its signals and makes its
	 * filter, once, at startup. The filter runs for every send that reaches the method, on the
	 * sending thread, so it should be a cheap comparison.
	 * @param annotation the method's annotation, merged
	 * @param description the method as {@code Class#method}, for messages
	 * @param method the method
	 * @param signal the signal
	 * @param receiver the method's {@code @Receiver}, with its senders
	 * @return the test a send must pass for the method to be called, {@code null} for every send
	 * @throws ReceiverDeclarationException naming the mistake and its fix
	 */
	@Nullable Predicate<SignalEvent> filter(A annotation, String description, Method method, Signal signal,
			Receiver receiver);

}
