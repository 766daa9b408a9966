package dev.signals.spring.reliability;

import org.jspecify.annotations.Nullable;

/** Which model signal's receiver fails at the moment, and how: the switch of the fault matrix. */
class Faults {

	private volatile @Nullable String failing;

	private volatile boolean illegalState;

	/**
	 * Makes the receivers of a signal fail from now on.
	 * @param signal the signal, {@code null} for none
	 * @param illegalState throw an {@link IllegalStateException} rather than the application's own exception
	 */
	void failIn(@Nullable String signal, boolean illegalState) {
		this.failing = signal;
		this.illegalState = illegalState;
	}

	/** Throws when the receiver of this signal is to fail now. */
	void check(String signal) {
		if (signal.equals(this.failing)) {
			String message = "planted failure in " + signal + " receiver";
			throw this.illegalState ? new IllegalStateException(message) : new PlantedFailure(message);
		}
	}

	/** An application's own exception. */
	static final class PlantedFailure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		PlantedFailure(String message) {
			super(message);
		}

	}

}
