package dev.signals.benchmarks;

/**
 * Scenario "10 receivers": ten receivers connected for the sender. The target for signals-core:
 * at most 1.5x the plain loop over ten receivers.
 */
public class TenReceiversBenchmark extends DispatchBenchmark {

	/** Creates the scenario. */
	public TenReceiversBenchmark() {
		super(10, 0);
	}

}
