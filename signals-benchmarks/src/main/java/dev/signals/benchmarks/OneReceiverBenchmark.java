package dev.signals.benchmarks;

import java.util.List;

import dev.signals.Response;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Scenarios "1 receiver" and "robust send, 1 receiver": one receiver connected for the sender.
 * Targets for signals-core: at most 3x the plain loop, 20x faster than Spring and 10x faster than
 * Guava; the robust send within 1.2x of the plain send.
 */
public class OneReceiverBenchmark extends DispatchBenchmark {

	/** Creates the scenario. */
	public OneReceiverBenchmark() {
		super(1, 0);
	}

	/**
	 * {@code Signal.sendRobust}.
	 * @return the responses
	 */
	@Benchmark
	public List<Response> signalsRobust() {
		return signalsContender().sendRobust();
	}

}
