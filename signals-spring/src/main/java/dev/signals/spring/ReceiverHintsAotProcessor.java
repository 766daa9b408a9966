package dev.signals.spring;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.signals.SignalEvent;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.ExecutableMode;
import org.springframework.aot.hint.ReflectionHints;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.ClassUtils;

/**
 * Registers at build time the reflection that the {@link Receiver @Receiver} methods of the
 * context's beans need in a native image, where {@link InvokerKind#REFLECTIVE reflection} calls
 * them: each method for invocation (and the interface method a JDK proxy is called through), the
 * sender classes it names, and the types of the signal arguments it takes for JSON binding, since
 * a durable receiver stores its arguments as JSON and a signal fed from Kafka reads them so. The
 * methods are found as {@link ReceiverMethodProcessor} finds them at startup, on the bean types
 * the bean definitions name.
 */
final class ReceiverHintsAotProcessor implements BeanFactoryInitializationAotProcessor {

	/** Packages whose types are no values read from JSON: Jakarta's and Spring's (requests, responses, resources). */
	private static final List<String> NOT_BOUND = List.of("jakarta.", "javax.", "org.springframework.");

	@Override
	public @Nullable BeanFactoryInitializationAotContribution processAheadOfTime(
			ConfigurableListableBeanFactory beanFactory) {
		List<Found> found = new ArrayList<>();
		Set<Class<?>> seen = new HashSet<>();
		for (String name : beanFactory.getBeanDefinitionNames()) {
			Class<?> type = ClassUtils.getUserClass(RegisteredBean.of(beanFactory, name).getBeanClass());
			if (seen.add(type) && AnnotationUtils.isCandidateClass(type, Receiver.class)) {
				ReceiverMethods.of(type).forEach((method, annotation) -> found.add(new Found(type, method, annotation)));
			}
		}
		if (found.isEmpty()) {
			return null;
		}
		return (generation, code) -> register(generation.getRuntimeHints().reflection(), found);
	}

	private static void register(ReflectionHints hints, List<Found> found) {
		BindingReflectionHintsRegistrar binding = new BindingReflectionHintsRegistrar();
		for (Found receiver : found) {
			Method method = receiver.method();
			hints.registerMethod(method, ExecutableMode.INVOKE);
			Method onInterface = ClassUtils.getInterfaceMethodIfPossible(method, receiver.beanType());
			if (!onInterface.equals(method)) {
				hints.registerMethod(onInterface, ExecutableMode.INVOKE);
			}
			for (Class<?> sender : receiver.annotation().sender()) {
				hints.registerType(sender);
			}
			for (Parameter parameter : method.getParameters()) {
				if (isArgument(parameter) && isBound(parameter.getType())) {
					binding.registerReflectionHints(hints, parameter.getParameterizedType());
				}
			}
		}
	}

	/** Whether a parameter takes an argument of the signal, not the sender, signal, event or publication id. */
	private static boolean isArgument(Parameter parameter) {
		String name = parameter.getName();
		return parameter.getType() != SignalEvent.class && !"sender".equals(name) && !"signal".equals(name)
				&& !ParameterBinding.PUBLICATION_ID_NAME.equals(name);
	}

	private static boolean isBound(Class<?> type) {
		String name = type.getName();
		return !type.isPrimitive() && NOT_BOUND.stream().noneMatch(name::startsWith);
	}

	/**
	 * A {@code @Receiver} method of a bean type.
	 * @param beanType the type of the bean, whose interfaces a JDK proxy implements
	 * @param method the method
	 * @param annotation its merged annotation
	 */
	private record Found(Class<?> beanType, Method method, Receiver annotation) {
	}

}
