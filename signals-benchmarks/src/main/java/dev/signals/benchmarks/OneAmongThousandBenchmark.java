package dev.signals.benchmarks;

/**
 * Scenario "1 receiver for this sender among 1,000 receivers for other senders". The target for
 * signals-core: within 1.2x of the 1-receiver case.
 */
public class OneAmongThousandBenchmark extends DispatchBenchmark {

	/** Creates the scenario. */
	public OneAmongThousandBenchmark() {
		super(1, 1000);
	}

}
