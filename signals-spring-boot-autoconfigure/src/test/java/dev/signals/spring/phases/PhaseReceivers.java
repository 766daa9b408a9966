package dev.signals.spring.phases;

import dev.signals.spring.Phase;
import dev.signals.spring.Receiver;

import org.springframework.core.annotation.Order;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Receivers of {@code note_written}, one scenario per sender class. The class is proxied for its
 * {@code @Transactional} method, so every receiver here is called through the proxy.
 */
class PhaseReceivers {

	private final Recorder recorder;

	private final AuditRepository audits;

	private final NoteRepository notes;

	PhaseReceivers(Recorder recorder, AuditRepository audits, NoteRepository notes) {
		this.recorder = recorder;
		this.audits = audits;
		this.notes = notes;
	}

	@Receiver(signal = "note_written", sender = Immediate.class)
	void immediate(Note note) {
		this.recorder.add("immediate, in transaction " + inTransaction());
	}

	@Receiver(signal = "note_written", sender = FailingImmediate.class)
	void failImmediately(Note note) {
		throw new IllegalStateException("rejected " + note.getText());
	}

	@Receiver(signal = "note_written", sender = FailingBeforeCommit.class, phase = Phase.BEFORE_COMMIT)
	void failBeforeCommit(Note note) {
		throw new IllegalStateException("vetoed " + note.getText());
	}

	@Order(1)
	@Receiver(signal = "note_written", sender = Outcome.class, phase = Phase.BEFORE_COMMIT)
	void beforeCommit() {
		this.recorder.add("before commit, in transaction " + inTransaction());
	}

	@Order(2)
	@Receiver(signal = "note_written", sender = Outcome.class, phase = Phase.AFTER_COMMIT)
	void committed() {
		this.recorder.add("committed");
	}

	@Order(3)
	@Receiver(signal = "note_written", sender = Outcome.class, phase = Phase.AFTER_ROLLBACK)
	void rolledBack() {
		this.recorder.add("rolled back");
	}

	@Order(4)
	@Receiver(signal = "note_written", sender = Outcome.class, phase = Phase.AFTER_COMPLETION)
	void completed() {
		this.recorder.add("completed");
	}

	@Receiver(signal = "note_written", sender = AuditAfterCommit.class, phase = Phase.AFTER_COMMIT)
	void auditAfterCommit(Note note) {
		this.audits.save(new AuditEntry("audited " + note.getText()));
	}

	@Receiver(signal = "note_written", sender = FailingAfterCommit.class, phase = Phase.AFTER_COMMIT)
	void failAfterCommit(Note note) {
		this.audits.save(new AuditEntry("half done " + note.getText()));
		throw new IllegalStateException("after commit failure");
	}

	@Transactional
	@Receiver(signal = "note_written", sender = Advised.class)
	public void advised() {
		this.recorder.add("advised, in transaction " + inTransaction());
	}

	@Receiver(signal = "note_written", sender = AsyncImmediate.class, async = true)
	void asyncImmediate(Note note) {
		this.recorder.add("async on " + Thread.currentThread().getName());
	}

	@Receiver(signal = "note_written", sender = AsyncAfterCommit.class, phase = Phase.AFTER_COMMIT, async = true)
	void asyncAfterCommit(Note note) {
		boolean visible = (note != null) && (note.getId() != null) && this.notes.existsById(note.getId());
		this.recorder.add("async after commit on " + Thread.currentThread().getName() + ", note visible " + visible);
	}

	@Receiver(signal = "note_written", sender = FailingAsync.class, async = true)
	void failAsync() {
		throw new IllegalStateException("async failure");
	}

	@Receiver(signal = "note_written", sender = Renamed.class, phase = Phase.BEFORE_COMMIT)
	void renamedBeforeCommit(Note note) {
		this.recorder.add("renamed before commit to " + note.getText());
		if (note.getText().equals("veto")) {
			throw new IllegalStateException("vetoed rename");
		}
	}

	@Receiver(signal = "note_written", sender = Renamed.class, phase = Phase.AFTER_COMMIT)
	void renamedAfterCommit(Note note) {
		this.recorder.add("renamed after commit to " + note.getText());
	}

	private static boolean inTransaction() {
		return TransactionSynchronizationManager.isActualTransactionActive();
	}

	static final class Renamed {

	}

	static final class Immediate {

	}

	static final class FailingImmediate {

	}

	static final class FailingBeforeCommit {

	}

	static final class Outcome {

	}

	static final class AuditAfterCommit {

	}

	static final class FailingAfterCommit {

	}

	static final class Advised {

	}

	static final class AsyncImmediate {

	}

	static final class AsyncAfterCommit {

	}

	static final class FailingAsync {

	}

}
