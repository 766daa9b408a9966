package dev.signals.spring.phases;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.signals.spring.Phase;
import dev.signals.spring.Receiver;

/**
 * {@code AFTER_COMMIT} receivers that write: one that waits until two committing threads are both
 * past their commit, and a chain in which the first receiver's write has a receiver of its own.
 */
class SmallPoolReceivers {

	static final CyclicBarrier bothCommitted = new CyclicBarrier(2);

	private final AuditRepository audits;

	private final NoteService notes;

	SmallPoolReceivers(AuditRepository audits, NoteService notes) {
		this.audits = audits;
		this.notes = notes;
	}

	@Receiver(signal = "note_written", sender = Together.class, phase = Phase.AFTER_COMMIT)
	void together(Note note) throws InterruptedException, BrokenBarrierException, TimeoutException {
		bothCommitted.await(20, TimeUnit.SECONDS);
		this.audits.save(new AuditEntry("together " + note.getText()));
	}

	@Receiver(signal = "note_written", sender = ChainStart.class, phase = Phase.AFTER_COMMIT)
	void chainStart(Note note) {
		this.audits.save(new AuditEntry("chain start " + note.getText()));
		this.notes.write(note.getText() + " next", ChainNext.class);
	}

	@Receiver(signal = "note_written", sender = ChainNext.class, phase = Phase.AFTER_COMMIT)
	void chainNext(Note note) {
		this.audits.save(new AuditEntry("chain next " + note.getText()));
	}

	static final class Together {

	}

	static final class ChainStart {

	}

	static final class ChainNext {

	}

}
