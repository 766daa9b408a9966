package dev.signals.spring.jpa.differential;

import jakarta.persistence.Embeddable;

/** The embeddable of {@link Person}, changed in place by the tests. */
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

	public void setCity(String city) {
		this.city = city;
	}

	@Override
	public String toString() {
		return this.street + ", " + this.city;
	}

}
