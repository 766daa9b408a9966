package dev.signals.spring.jpa.app;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/** An entity with an assigned id: Spring Data saves a new one with merge, not persist. */
@Entity
public class Setting {

	@Id
	private String name = "";

	@Column(name = "setting_value")
	private @Nullable String value;

	protected Setting() {
	}

	public Setting(String name, String value) {
		this.name = name;
		this.value = value;
	}

	public String getName() {
		return this.name;
	}

	public @Nullable String getValue() {
		return this.value;
	}

	public void setValue(@Nullable String value) {
		this.value = value;
	}

}
