package dev.signals.spring.durable;

import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.signals.Signal;
import dev.signals.SignalEvent;
import dev.signals.spring.ReceiverMethod;

/**
 * A durable {@code @Receiver} method: it stores the arguments its parameters take, the sender
 * when it takes it, and every argument when it takes the whole event. Its id is its dispatch uid
 * when it has one, else {@code Class#method} with the class's full name.
 */
final class MethodTarget implements DurableTarget {

	private final ReceiverMethod receiver;

	private final String id;

	private final Map<String, Type> arguments = new LinkedHashMap<>();

	private final boolean storesSender;

	MethodTarget(ReceiverMethod receiver) {
		this.receiver = receiver;
		this.id = (receiver.getDispatchUid() != null) ? receiver.getDispatchUid()
				: receiver.getMethod().getDeclaringClass().getName() + "#" + receiver.getMethod().getName();
		Signal signal = receiver.getSignal();
		boolean sender = false;
		for (Parameter parameter : receiver.getMethod().getParameters()) {
			if (parameter.getType() == SignalEvent.class) {
				signal.argumentNames().forEach((name) -> this.arguments.putIfAbsent(name, Object.class));
				sender = true;
			}
			else if (signal.argumentNames().contains(parameter.getName())) {
				this.arguments.put(parameter.getName(), parameter.getParameterizedType());
			}
			else if ("sender".equals(parameter.getName())) {
				sender = true;
			}
		}
		this.storesSender = sender;
	}

	ReceiverMethod receiver() {
		return this.receiver;
	}

	@Override
	public String id() {
		return this.id;
	}

	@Override
	public Signal signal() {
		return this.receiver.getSignal();
	}

	@Override
	public Map<String, Type> arguments() {
		return this.arguments;
	}

	@Override
	public boolean storesSender() {
		return this.storesSender;
	}

	@Override
	public void deliver(SignalEvent event, UUID publicationId) throws Exception {
		this.receiver.deliver(event, publicationId);
	}

	@Override
	public String toString() {
		return this.receiver.toString();
	}

}
