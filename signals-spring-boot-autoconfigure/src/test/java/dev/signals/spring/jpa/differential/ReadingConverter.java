package dev.signals.spring.jpa.differential;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.jspecify.annotations.Nullable;

/** Stores a {@link Reading} as its number. */
@Converter
public class ReadingConverter implements AttributeConverter<Reading, Integer> {

	@Override
	public @Nullable Integer convertToDatabaseColumn(@Nullable Reading reading) {
		return (reading != null) ? reading.value() : null;
	}

	@Override
	public @Nullable Reading convertToEntityAttribute(@Nullable Integer value) {
		return (value != null) ? new Reading(value) : null;
	}

}
