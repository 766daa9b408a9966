package dev.signals.spring.kafka;

import java.util.UUID;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.transport.ReceiverContext;
import io.micrometer.observation.transport.SenderContext;
import org.jspecify.annotations.Nullable;

/**
 * A stand-in for a tracer: a sender observation writes the current trace (or a new one) into its
 * carrier, a receiver observation makes the trace it finds in its carrier current while it runs.
 */
public class TestTraceHandler implements ObservationHandler<Observation.Context> {

	static final String HEADER = "test-trace";

	private static final ThreadLocal<@Nullable String> current = new ThreadLocal<>();

	/** @return the trace of this thread, or {@code null} */
	public static @Nullable String current() {
		return current.get();
	}

	/**
	 * Runs work with a trace current, as a request a tracer follows.
	 * @param <T> the result type
	 * @param trace the trace
	 * @param work the work
	 * @return its result
	 */
	public static <T> T inTrace(String trace, java.util.function.Supplier<T> work) {
		current.set(trace);
		try {
			return work.get();
		}
		finally {
			current.remove();
		}
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return context instanceof SenderContext || context instanceof ReceiverContext;
	}

	@Override
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public void onStart(Observation.Context context) {
		if (context instanceof SenderContext sender) {
			String trace = (current.get() != null) ? current.get() : UUID.randomUUID().toString();
			sender.getSetter().set(sender.getCarrier(), HEADER, trace);
		}
		else if (context instanceof ReceiverContext receiver) {
			context.put("previous", String.valueOf(current.get()));
			current.set((String) receiver.getGetter().get(receiver.getCarrier(), HEADER));
		}
	}

	@Override
	public void onStop(Observation.Context context) {
		if (context instanceof ReceiverContext) {
			String previous = context.get("previous");
			current.set("null".equals(previous) ? null : previous);
		}
	}

}
