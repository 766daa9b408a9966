package dev.signals.autoconfigure.metrics;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the signal metrics.
 */
@ConfigurationProperties("signals.metrics")
public class SignalsMetricsProperties {

	/**
	 * Whether to record the signals.send timer and the signals.receiver.failures counter when
	 * Micrometer and a MeterRegistry are present.
	 */
	private boolean enabled = true;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
