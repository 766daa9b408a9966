package dev.signals.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the signals starter as a whole.
 */
@ConfigurationProperties("signals")
public class SignalsProperties {

	/** Whether to auto-configure signals at all: the registry, receiver discovery and every bridge. */
	private boolean enabled = true;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
