package dev.signals.spring.durable;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an operator sees of and does with the publications of durable receivers: how many are
 * pending, failed and completed per receiver, and resubmitting failed ones.
 */
public final class DurablePublications {

	private final PublicationStore store;

	private final Deliveries deliveries;

	private final DurableTargets targets;

	private final Clock clock;

	public DurablePublications(PublicationStore store, Deliveries deliveries, DurableTargets targets, Clock clock) {
		this.store = store;
		this.deliveries = deliveries;
		this.targets = targets;
		this.clock = clock;
	}

	/**
	 * How many publications each durable receiver has in each state, every instance's included;
	 * none when this application has no durable receivers (its database may have no table).
	 * @return the counts
	 */
	public List<PublicationCount> counts() {
		return this.targets.ids().isEmpty() ? List.of() : this.store.counts();
	}

	/**
	 * Makes failed publications pending again, with their attempts reset, and hands them to the
	 * workers at once.
	 * @param receiver the id of the receiver whose failed publications to resubmit, or {@code null} for all
	 * @return how many were resubmitted
	 */
	public int resubmitFailed(@Nullable String receiver) {
		if (this.targets.ids().isEmpty()) {
			return 0;
		}
		int resubmitted = this.store.resubmitFailed(receiver, this.clock.instant());
		if (resubmitted > 0) {
			this.deliveries.resubmitDue();
		}
		return resubmitted;
	}

}
