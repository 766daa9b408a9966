package dev.signals.spring.reliability;

import org.jspecify.annotations.Nullable;

/** Which model signal's receiver fails at the moment: the switch of the fault matrix. */
class Faults {

	private volatile @Nullable String failing;

	void failIn(@Nullable String signal) {
		this.failing = signal;
	}

	/** Throws when the receiver of this signal is to fail now. */
	void check(String signal) {
		if (signal.equals(this.failing)) {
			throw new IllegalStateException("planted failure in " + signal + " receiver");
		}
	}

}
