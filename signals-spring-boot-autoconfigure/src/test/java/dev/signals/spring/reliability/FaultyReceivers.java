package dev.signals.spring.reliability;

import dev.signals.spring.Phase;
import dev.signals.spring.Receiver;
import dev.signals.spring.jpa.ModelSignals;

/**
 * Receivers that fail on purpose. Those of {@code item_noted} fail in one phase each, chosen by
 * the sender class, after writing an item of their own; those of the model signals fail when
 * {@link Faults} says so.
 */
class FaultyReceivers {

	private final Repositories.Items items;

	private final Faults faults;

	FaultyReceivers(Repositories.Items items, Faults faults) {
		this.items = items;
		this.faults = faults;
	}

	@Receiver(signal = ReliabilityApplication.ITEM_NOTED, sender = Immediate.class)
	void immediate() {
		fail("IMMEDIATE");
	}

	@Receiver(signal = ReliabilityApplication.ITEM_NOTED, sender = BeforeCommit.class, phase = Phase.BEFORE_COMMIT)
	void beforeCommit() {
		fail("BEFORE_COMMIT");
	}

	@Receiver(signal = ReliabilityApplication.ITEM_NOTED, sender = AfterCommit.class, phase = Phase.AFTER_COMMIT)
	void afterCommit() {
		fail("AFTER_COMMIT");
	}

	@Receiver(signal = ReliabilityApplication.ITEM_NOTED, sender = AfterRollback.class, phase = Phase.AFTER_ROLLBACK)
	void afterRollback() {
		fail("AFTER_ROLLBACK");
	}

	@Receiver(signal = ReliabilityApplication.ITEM_NOTED, sender = AfterCompletion.class,
			phase = Phase.AFTER_COMPLETION)
	void afterCompletion() {
		fail("AFTER_COMPLETION");
	}

	@Receiver(signal = ReliabilityApplication.ITEM_NOTED, sender = Async.class, async = true)
	void async() {
		fail("async IMMEDIATE");
	}

	@Receiver(signal = ReliabilityApplication.ITEM_NOTED, sender = AsyncAfterCommit.class,
			phase = Phase.AFTER_COMMIT, async = true)
	void asyncAfterCommit() {
		fail("async AFTER_COMMIT");
	}

	private void fail(String phase) {
		this.items.save(new Item("written by the " + phase + " receiver"));
		throw new IllegalStateException("planted failure in " + phase + " receiver");
	}

	@Receiver(signal = ModelSignals.PRE_SAVE, sender = Item.class)
	void preSave() {
		this.faults.check(ModelSignals.PRE_SAVE);
	}

	@Receiver(signal = ModelSignals.POST_SAVE, sender = Item.class)
	void postSave() {
		this.faults.check(ModelSignals.POST_SAVE);
	}

	@Receiver(signal = ModelSignals.PRE_DELETE, sender = Item.class)
	void preDelete() {
		this.faults.check(ModelSignals.PRE_DELETE);
	}

	@Receiver(signal = ModelSignals.POST_DELETE, sender = Item.class)
	void postDelete() {
		this.faults.check(ModelSignals.POST_DELETE);
	}

	@Receiver(signal = ModelSignals.POST_INIT, sender = Item.class)
	void postInit() {
		this.faults.check(ModelSignals.POST_INIT);
	}

	@Receiver(signal = ModelSignals.M2M_CHANGED, sender = Basket.class)
	void m2mChanged(String action) {
		this.faults.check(ModelSignals.M2M_CHANGED);
	}

	static final class Immediate {

	}

	static final class BeforeCommit {

	}

	static final class AfterCommit {

	}

	static final class AfterRollback {

	}

	static final class AfterCompletion {

	}

	static final class Async {

	}

	static final class AsyncAfterCommit {

	}

}
