package dev.signals.spring.reliability;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import dev.signals.spring.Phase;
import dev.signals.spring.Receiver;
import dev.signals.spring.jpa.ModelSignals;

import org.springframework.core.annotation.Order;

/**
 * Receivers of {@code post_save} from {@link Payment}: one counts every call per payment and
 * vetoes negative amounts, the others (and those of {@code pre_save}) record which payments reached
 * each after-completion phase.
 */
class PaymentReceivers {

	private final Map<Long, AtomicInteger> postSaves = new ConcurrentHashMap<>();

	private final Queue<Long> committed = new ConcurrentLinkedQueue<>();

	private final Queue<Long> rolledBack = new ConcurrentLinkedQueue<>();

	private final Queue<Long> completed = new ConcurrentLinkedQueue<>();

	private final Queue<String> preSaveOutcomes = new ConcurrentLinkedQueue<>();

	@Order(1)
	@Receiver(signal = ModelSignals.POST_SAVE, sender = Payment.class)
	void counted(Payment instance) {
		this.postSaves.computeIfAbsent(instance.getId(), (id) -> new AtomicInteger()).incrementAndGet();
		if (instance.getAmount() < 0) {
			throw new IllegalStateException("vetoed payment " + instance.getId());
		}
	}

	@Order(2)
	@Receiver(signal = ModelSignals.POST_SAVE, sender = Payment.class, phase = Phase.AFTER_COMMIT)
	void committed(Payment instance) {
		this.committed.add(instance.getId());
	}

	@Order(3)
	@Receiver(signal = ModelSignals.POST_SAVE, sender = Payment.class, phase = Phase.AFTER_ROLLBACK)
	void rolledBack(Payment instance) {
		this.rolledBack.add(instance.getId());
	}

	@Order(4)
	@Receiver(signal = ModelSignals.POST_SAVE, sender = Payment.class, phase = Phase.AFTER_COMPLETION)
	void completed(Payment instance) {
		this.completed.add(instance.getId());
	}

	@Receiver(signal = ModelSignals.PRE_SAVE, sender = Payment.class, phase = Phase.AFTER_COMMIT)
	void preSaveCommitted(Payment instance) {
		this.preSaveOutcomes.add("committed " + instance.getId());
	}

	@Receiver(signal = ModelSignals.PRE_SAVE, sender = Payment.class, phase = Phase.AFTER_ROLLBACK)
	void preSaveRolledBack(Payment instance) {
		this.preSaveOutcomes.add("rolled back " + instance.getId());
	}

	@Receiver(signal = ModelSignals.PRE_SAVE, sender = Payment.class, phase = Phase.AFTER_COMPLETION)
	void preSaveCompleted(Payment instance) {
		this.preSaveOutcomes.add("completed " + instance.getId());
	}

	Map<Long, Integer> postSaves() {
		Map<Long, Integer> counts = new HashMap<>();
		this.postSaves.forEach((id, count) -> counts.put(id, count.get()));
		return counts;
	}

	/** @return what the after-completion receivers of {@code pre_save} saw, as "committed 3" */
	List<String> preSaveOutcomes() {
		return List.copyOf(this.preSaveOutcomes);
	}

	List<Long> committed() {
		return List.copyOf(this.committed);
	}

	List<Long> rolledBack() {
		return List.copyOf(this.rolledBack);
	}

	List<Long> completed() {
		return List.copyOf(this.completed);
	}

	void clear() {
		this.postSaves.clear();
		this.committed.clear();
		this.rolledBack.clear();
		this.completed.clear();
		this.preSaveOutcomes.clear();
	}

}
