package dev.signals.spring.jpa.differential;

/**
 * A value stored through {@link ReadingConverter}. It has no {@code equals()} on purpose, so
 * Hibernate finds a {@link Gauge} dirty at every flush and writes it again each time.
 */
public final class Reading {

	private final int value;

	public Reading(int value) {
		this.value = value;
	}

	public int value() {
		return this.value;
	}

	@Override
	public String toString() {
		return this.value + " kPa";
	}

}
