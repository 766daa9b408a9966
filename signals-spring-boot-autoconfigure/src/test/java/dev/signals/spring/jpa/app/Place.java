package dev.signals.spring.jpa.app;

import java.util.Objects;

import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/** A mutable embeddable: receivers change it in place. */
@Embeddable
public class Place {

	private @Nullable String city;

	public @Nullable String getCity() {
		return this.city;
	}

	public void setCity(@Nullable String city) {
		this.city = city;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof Place place && Objects.equals(this.city, place.city);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(this.city);
	}

}
