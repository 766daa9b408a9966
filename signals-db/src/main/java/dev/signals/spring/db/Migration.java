package dev.signals.spring.db;

import org.jspecify.annotations.Nullable;

/**
 * One migration of a {@code plan}, as {@code pre_migrate} and {@code post_migrate} hand it over:
 * a Flyway migration or a Liquibase changeset.
 *
 * @param version Flyway's version ({@code null} for a repeatable migration), or the changeset's id
 * @param description Flyway's description, or the changeset's comment (else what it changes)
 * @param state whether it is still to apply, or what the run did with it
 */
public record Migration(@Nullable String version, String description, State state) {

	/** Where a migration stands. */
	public enum State {

		/** To apply: every migration of {@code pre_migrate}'s plan. */
		PENDING,

		/** Applied by the run. */
		APPLIED,

		/** Recorded as applied without running: a Liquibase changeset marked ran, or skipped by a precondition. */
		SKIPPED

	}

}
