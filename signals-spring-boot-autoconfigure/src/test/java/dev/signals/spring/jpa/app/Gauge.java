package dev.signals.spring.jpa.app;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/**
 * Hibernate finds it dirty at every flush: its {@link Reading} is a converted value class without
 * {@code equals()}, so the loaded copy never equals the current value.
 */
@Entity
public class Gauge {

	@Id
	@GeneratedValue
	private @Nullable Long id;

	private String label = "";

	@Convert(converter = ReadingConverter.class)
	private Reading reading = new Reading(0);

	protected Gauge() {
	}

	public Gauge(String label, int value) {
		this.label = label;
		this.reading = new Reading(value);
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public Reading getReading() {
		return this.reading;
	}

	/** A value without {@code equals()}. */
	public static final class Reading {

		private final int value;

		public Reading(int value) {
			this.value = value;
		}

		public int value() {
			return this.value;
		}

	}

	/** Stores a reading as its number. */
	public static final class ReadingConverter implements AttributeConverter<Reading, Integer> {

		@Override
		public Integer convertToDatabaseColumn(Reading reading) {
			return reading.value();
		}

		@Override
		public Reading convertToEntityAttribute(Integer value) {
			return new Reading(value);
		}

	}

}
