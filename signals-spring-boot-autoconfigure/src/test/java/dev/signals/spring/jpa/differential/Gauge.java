package dev.signals.spring.jpa.differential;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import org.jspecify.annotations.Nullable;

/** An entity with a converted attribute that Hibernate finds dirty at every flush. */
@Entity
public class Gauge {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gauge_seq")
	@SequenceGenerator(name = "gauge_seq", sequenceName = "gauge_seq", allocationSize = 1)
	private @Nullable Long id;

	private String name = "";

	@Convert(converter = ReadingConverter.class)
	private @Nullable Reading reading;

	protected Gauge() {
	}

	public Gauge(String name, Reading reading) {
		this.name = name;
		this.reading = reading;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public @Nullable Reading getReading() {
		return this.reading;
	}

	public void setReading(@Nullable Reading reading) {
		this.reading = reading;
	}

}
