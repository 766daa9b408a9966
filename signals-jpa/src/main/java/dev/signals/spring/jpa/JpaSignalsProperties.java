package dev.signals.spring.jpa;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the model signals sent from JPA/Hibernate.
 */
@ConfigurationProperties("signals.jpa")
public class JpaSignalsProperties {

	/** Whether to send the model signals from Hibernate's entity lifecycle. */
	private boolean enabled = true;

	/**
	 * How many times in a row one flush may dispatch receivers that change entities again before
	 * the flush fails as a runaway loop (a receiver that saves on every post_save, say).
	 */
	private int maxFlushRounds = 10;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getMaxFlushRounds() {
		return this.maxFlushRounds;
	}

	public void setMaxFlushRounds(int maxFlushRounds) {
		if (maxFlushRounds < 1) {
			throw new IllegalArgumentException("signals.jpa.max-flush-rounds must be at least 1, but was "
					+ maxFlushRounds);
		}
		this.maxFlushRounds = maxFlushRounds;
	}

}
