package dev.signals.spring.jpa.app;

import java.util.Objects;

import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/** An embeddable value of {@link Invoice}. */
@Embeddable
public class Address {

	private String street = "";

	private String city = "";

	protected Address() {
	}

	public Address(String street, String city) {
		this.street = street;
		this.city = city;
	}

	public String getStreet() {
		return this.street;
	}

	public String getCity() {
		return this.city;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof Address address && this.street.equals(address.street)
				&& this.city.equals(address.city);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.street, this.city);
	}

	@Override
	public String toString() {
		return this.street + ", " + this.city;
	}

}
