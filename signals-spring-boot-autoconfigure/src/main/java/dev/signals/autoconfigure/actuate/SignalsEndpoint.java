package dev.signals.autoconfigure.actuate;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.signals.ReceiverInfo;
import dev.signals.Signal;
import dev.signals.SignalRegistry;
import dev.signals.spring.Phase;
import dev.signals.spring.ReceiverMethod;
import dev.signals.spring.durable.DurablePublications;
import dev.signals.spring.durable.PublicationCount;
import dev.signals.spring.durable.PublicationStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * The {@code signals} endpoint: every signal of the registry with its declared arguments, its
 * receivers in dispatch order, and how many sends called a receiver and how many receivers failed;
 * with durable signals, how many publications each durable receiver has pending, failed and
 * completed, and a write operation that resubmits failed ones.
 */
@Endpoint(id = "signals")
public class SignalsEndpoint {

	private final SignalRegistry registry;

	private final SignalStatistics statistics;

	private final @Nullable DurablePublications durable;

	/**
	 * Creates the endpoint.
	 * @param registry the signals to describe
	 * @param statistics their send and failure counts
	 */
	public SignalsEndpoint(SignalRegistry registry, SignalStatistics statistics) {
		this(registry, statistics, null);
	}

	/**
	 * Creates the endpoint.
	 * @param registry the signals to describe
	 * @param statistics their send and failure counts
	 * @param durable the publications of durable receivers, {@code null} without durable signals
	 */
	public SignalsEndpoint(SignalRegistry registry, SignalStatistics statistics,
			@Nullable DurablePublications durable) {
		this.registry = registry;
		this.statistics = statistics;
		this.durable = durable;
	}

	/** @return every signal, in registration order, and the publications of durable receivers */
	@ReadOperation
	public SignalsDescriptor signals() {
		return new SignalsDescriptor(this.registry.signals().stream().map(this::describe).toList(), durable());
	}

	/**
	 * Makes failed publications of durable receivers pending again and delivers them.
	 * @param receiver the id of the durable receiver whose failed publications to resubmit, or
	 * {@code null} for every receiver's
	 * @return how many were resubmitted, or {@code null} (404) without durable signals
	 */
	@WriteOperation
	public @Nullable Resubmission resubmit(@Nullable String receiver) {
		DurablePublications durable = this.durable;
		return (durable != null) ? new Resubmission(durable.resubmitFailed(receiver)) : null;
	}

	private @Nullable List<DurableReceiverDescriptor> durable() {
		DurablePublications durable = this.durable;
		if (durable == null) {
			return null;
		}
		Map<List<String>, long[]> counts = new TreeMap<>(Comparator.comparing((List<String> key) -> key.get(0))
			.thenComparing((key) -> key.get(1)));
		for (PublicationCount count : durable.counts()) {
			counts.computeIfAbsent(List.of(count.signal(), count.receiver()),
					(key) -> new long[PublicationStatus.values().length])[count.status().ordinal()] += count.count();
		}
		return counts.entrySet().stream().map((entry) -> {
			long[] byStatus = entry.getValue();
			return new DurableReceiverDescriptor(entry.getKey().get(1), entry.getKey().get(0),
					byStatus[PublicationStatus.PENDING.ordinal()], byStatus[PublicationStatus.FAILED.ordinal()],
					byStatus[PublicationStatus.COMPLETED.ordinal()]);
		}).toList();
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
					method.isDurable(), info.dispatchUid());
		}
		return new ReceiverDescriptor(info.description(), null, null, sender, Phase.IMMEDIATE, false, false,
				info.dispatchUid());
	}

	/**
	 * The signals of the application.
	 * @param signals every signal, in registration order
	 * @param durable the publications of each durable receiver, {@code null} without durable signals
	 */
	public record SignalsDescriptor(List<SignalDescriptor> signals,
			@Nullable List<DurableReceiverDescriptor> durable) implements OperationResponseBody {
	}

	/**
	 * The publications of one durable receiver, in the whole database (every instance's).
	 * @param receiver its id: its dispatch uid, or {@code Class#method} with the class's full name
	 * @param signal the signal it receives
	 * @param pending how many are waiting for delivery or being delivered
	 * @param failed how many failed for good and wait for an operator
	 * @param completed how many completed and are kept
	 */
	public record DurableReceiverDescriptor(String receiver, String signal, long pending, long failed,
			long completed) {
	}

	/**
	 * The outcome of a resubmission.
	 * @param resubmitted how many failed publications are pending again
	 */
	public record Resubmission(int resubmitted) implements OperationResponseBody {
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
	 * @param durable whether its calls are stored and delivered at least once
	 * @param dispatchUid its dispatch uid, or {@code null}
	 */
	public record ReceiverDescriptor(String receiver, @Nullable String bean, @Nullable String method,
			@Nullable String sender, Phase phase, boolean async, boolean durable, @Nullable String dispatchUid) {
	}

}
