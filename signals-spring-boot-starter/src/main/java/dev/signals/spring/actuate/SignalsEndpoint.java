package dev.signals.spring.actuate;

import java.util.List;

import dev.signals.Phase;
import dev.signals.ReceiverInfo;
import dev.signals.Signal;
import dev.signals.SignalRegistry;
import dev.signals.spring.ReceiverMethod;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/**
 * The {@code signals} endpoint: every signal of the registry with its declared arguments, its
 * receivers in dispatch order, and how many sends called a receiver and how many receivers failed.
 */
@Endpoint(id = "signals")
public class SignalsEndpoint {

	private final SignalRegistry registry;

	private final SignalStatistics statistics;

	/**
	 * Creates the endpoint.
	 * @param registry the signals to describe
	 * @param statistics their send and failure counts
	 */
	public SignalsEndpoint(SignalRegistry registry, SignalStatistics statistics) {
		this.registry = registry;
		this.statistics = statistics;
	}

	/** @return every signal, in registration order */
	@ReadOperation
	public SignalsDescriptor signals() {
		return new SignalsDescriptor(this.registry.signals().stream().map(this::describe).toList());
	}

	/**
	 * @param name the signal's name
	 * @return the signal, or {@code null} (404) when none has that name
	 */
	@ReadOperation
	public @Nullable SignalDescriptor signal(@Selector String name) {
		return this.registry.find(name).map(this::describe).orElse(null);
	}

	private SignalDescriptor describe(Signal signal) {
		return new SignalDescriptor(signal.name(), signal.argumentNames(), this.statistics.sends(signal),
				this.statistics.failures(signal), signal.receivers().stream().map(SignalsEndpoint::describe).toList());
	}

	private static ReceiverDescriptor describe(ReceiverInfo info) {
		String sender = (info.sender() instanceof Class<?> type) ? type.getName()
				: (info.sender() != null) ? String.valueOf(info.sender()) : null;
		if (info.receiver() instanceof ReceiverMethod method) {
			return new ReceiverDescriptor(info.description(), method.getBeanName(),
					method.getMethod().toGenericString(), sender, method.getPhase(), method.isAsync(),
					info.dispatchUid());
		}
		return new ReceiverDescriptor(info.description(), null, null, sender, Phase.IMMEDIATE, false,
				info.dispatchUid());
	}

	/**
	 * The signals of the application.
	 * @param signals every signal, in registration order
	 */
	public record SignalsDescriptor(List<SignalDescriptor> signals) implements OperationResponseBody {
	}

	/**
	 * One signal.
	 * @param name its name
	 * @param arguments the names of the arguments it sends
	 * @param sends how many sends called at least one receiver since startup
	 * @param failures how many times one of its receivers threw since startup
	 * @param receivers its receivers, in dispatch order
	 */
	public record SignalDescriptor(String name, List<String> arguments, long sends, long failures,
			List<ReceiverDescriptor> receivers) implements OperationResponseBody {
	}

	/**
	 * One connected receiver.
	 * @param receiver its description: {@code Class#method} for a {@code @Receiver} method
	 * @param bean the bean of a {@code @Receiver} method, {@code null} for a receiver connected in code
	 * @param method the {@code @Receiver} method, {@code null} for a receiver connected in code
	 * @param sender the sender it receives from, {@code null} for any sender
	 * @param phase when it runs relative to the sending transaction
	 * @param async whether it runs on the task executor
	 * @param dispatchUid its dispatch uid, or {@code null}
	 */
	public record ReceiverDescriptor(String receiver, @Nullable String bean, @Nullable String method,
			@Nullable String sender, Phase phase, boolean async, @Nullable String dispatchUid) {
	}

}
