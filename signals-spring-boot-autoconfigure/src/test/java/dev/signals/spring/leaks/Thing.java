package dev.signals.spring.leaks;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** The one entity of the short-lived applications. */
@Entity
public class Thing {

	@Id
	@GeneratedValue
	private Long id;

	public Long getId() {
		return this.id;
	}

}
