package dev.signals.spring.db;

import java.util.Arrays;
import java.util.List;

import dev.signals.ReceiverInfo;
import dev.signals.SignalRegistry;
import dev.signals.spring.ReceiverDeclarationException;
import dev.signals.spring.ReceiverMethod;
import dev.signals.spring.ReceiverMethodProcessor;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Fails the start of the context when signals have receivers although nothing in this context will
 * ever send them: nothing may be silently ignored. Checks, once the receivers are connected, the
 * {@code @Receiver} methods and the receivers connected in code for a sender of their own; one
 * connected in code for any sender may be connected to every signal, and is left alone.
 */
abstract class NeverSentCheck implements SmartInitializingSingleton {

	private final ListableBeanFactory beanFactory;

	private final ObjectProvider<ReceiverMethodProcessor> processor;

	private final String[] signals;

	/**
	 * @param beanFactory the context's bean factory
	 * @param processor the processor that connects the receivers
	 * @param signals the names of the signals to check
	 */
	NeverSentCheck(ListableBeanFactory beanFactory, ObjectProvider<ReceiverMethodProcessor> processor,
			String... signals) {
		this.beanFactory = beanFactory;
		this.processor = processor;
		this.signals = signals;
	}

	@Override
	public void afterSingletonsInstantiated() {
		ReceiverMethodProcessor processor = this.processor.getIfAvailable();
		if (processor != null) {
			processor.whenConnected(this::check);
		}
		else {
			check();
		}
	}

	void check() {
		SignalRegistry registry = this.beanFactory.getBean(SignalRegistry.class);
		List<ReceiverInfo> receivers = Arrays.stream(this.signals)
			.flatMap((name) -> registry.find(name).stream())
			.flatMap((signal) -> signal.receivers().stream())
			.filter((receiver) -> receiver.receiver() instanceof ReceiverMethod || !receiver.anySender())
			.toList();
		if (!receivers.isEmpty()) {
			check(receivers);
		}
	}

	/**
	 * Checks that something sends the signals to these receivers.
	 * @param receivers the live receivers of the signals, in signal order
	 * @throws ReceiverDeclarationException when nothing does
	 */
	abstract void check(List<ReceiverInfo> receivers);

	/** @return the context's bean factory */
	final ListableBeanFactory beanFactory() {
		return this.beanFactory;
	}

	/**
	 * @param receivers receivers that would never be called
	 * @param signals the signals they receive, as the message names them
	 * @param why why those signals are never sent, and what to do
	 * @throws ReceiverDeclarationException naming the first receiver and the others
	 */
	static void fail(List<ReceiverInfo> receivers, String signals, String why) {
		List<String> names = receivers.stream().map(ReceiverInfo::description).distinct().toList();
		String others = (names.size() > 1) ? " (so do " + names.subList(1, names.size()) + ")" : "";
		throw new ReceiverDeclarationException(names.get(0), "it receives " + signals
				+ ", which this application never sends" + others + ": " + why);
	}

}
