package dev.signals.benchmarks;

/**
 * Scenario "no receiver for this sender": one receiver is connected, for another sender, so the
 * send finds nobody to call. The target for signals-core: at most 5 ns and no allocation.
 */
public class NoReceiverBenchmark extends DispatchBenchmark {

	/** Creates the scenario. */
	public NoReceiverBenchmark() {
		super(0, 1);
	}

}
