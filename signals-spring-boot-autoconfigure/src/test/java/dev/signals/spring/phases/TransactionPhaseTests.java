package dev.signals.spring.phases;

import java.time.Duration;

import dev.signals.Signal;
import dev.signals.spring.phases.PhaseReceivers.Advised;
import dev.signals.spring.phases.PhaseReceivers.AsyncAfterCommit;
import dev.signals.spring.phases.PhaseReceivers.AsyncImmediate;
import dev.signals.spring.phases.PhaseReceivers.AuditAfterCommit;
import dev.signals.spring.phases.PhaseReceivers.FailingAfterCommit;
import dev.signals.spring.phases.PhaseReceivers.FailingAsync;
import dev.signals.spring.phases.PhaseReceivers.FailingBeforeCommit;
import dev.signals.spring.phases.PhaseReceivers.FailingImmediate;
import dev.signals.spring.phases.PhaseReceivers.Immediate;
import dev.signals.spring.phases.PhaseReceivers.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/** Every phase against a real transaction manager, Hibernate and an H2 database. */
@SpringBootTest(classes = PhasesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ExtendWith(OutputCaptureExtension.class)
class TransactionPhaseTests {

	@Autowired
	private NoteService service;

	@Autowired
	@Qualifier("noteWritten")
	private Signal noteWritten;

	@Autowired
	private Recorder recorder;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void clean() {
		this.jdbc.update("delete from audit_entry");
		this.jdbc.update("delete from note");
		this.recorder.clear();
	}

	@Test
	void immediateReceiverRunsInsideTheSendingTransaction() {
		this.service.write("a", Immediate.class);
		assertThat(this.recorder.events()).containsExactly("immediate, in transaction true",
				"send returned, handed over " + PhasesApplication.handedOver.get());
	}

	@Test
	void immediateReceiverExceptionPropagatesAndRollsTheTransactionBack() {
		assertThatIllegalStateException().isThrownBy(() -> this.service.write("a", FailingImmediate.class))
			.withMessage("rejected a");
		assertThat(notes("a")).isZero();
	}

	@Test
	void beforeCommitReceiverExceptionRollsTheTransactionBack() {
		assertThatIllegalStateException().isThrownBy(() -> this.service.write("a", FailingBeforeCommit.class))
			.withMessage("vetoed a");
		assertThat(notes("a")).isZero();
	}

	@Test
	void committedTransactionRunsBeforeCommitThenAfterCommitThenAfterCompletion() {
		this.service.write("a", Outcome.class);
		assertThat(this.recorder.events()).containsExactly(
				"send returned, handed over " + PhasesApplication.handedOver.get(),
				"before commit, in transaction true", "committed", "completed");
	}

	@Test
	void rolledBackTransactionRunsAfterRollbackAndAfterCompletionOnly() {
		assertThatIllegalStateException().isThrownBy(() -> this.service.writeThenFail("a", Outcome.class));
		assertThat(this.recorder.events()).containsExactly(
				"send returned, handed over " + PhasesApplication.handedOver.get(), "rolled back", "completed");
	}

	@Test
	void withoutTransactionPhasedReceiversRunAtOnceExceptAfterRollback() {
		this.noteWritten.send(Outcome.class, this.noteWritten.arguments("note", null));
		this.recorder.add("send returned");
		assertThat(this.recorder.events()).containsExactly("before commit, in transaction false", "committed",
				"completed", "send returned");
	}

	@Test
	void beforeCommitReceiverOfASendDuringTheCommitFlushRunsBeforeTheCommit() {
		Note note = this.service.write("a", PhaseReceivers.Immediate.class);
		this.recorder.clear();
		this.service.rename(note.getId(), "b");
		assertThat(this.recorder.events()).containsExactly("renamed before commit to b", "renamed after commit to b");
		assertThat(notes("b")).isOne();
	}

	@Test
	void beforeCommitReceiverExceptionDuringTheCommitFlushRollsBack() {
		Note note = this.service.write("a", PhaseReceivers.Immediate.class);
		this.recorder.clear();
		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> this.service.rename(note.getId(), "veto"))
			.havingRootCause()
			.withMessage("vetoed rename");
		assertThat(this.recorder.events()).containsExactly("renamed before commit to veto");
		assertThat(notes("a")).isOne();
	}

	@Test
	void afterCommitReceiverWriteThroughARepositoryIsCommitted() {
		this.service.write("a", AuditAfterCommit.class);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where text = ?", Integer.class,
				"audited a")).isOne();
	}

	@Test
	void afterCommitReceiverFailureIsLoggedAndLeavesCommittedDataAlone(CapturedOutput output) {
		this.service.write("a", FailingAfterCommit.class);
		assertThat(notes("a")).isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry", Integer.class)).isZero();
		assertThat(output).contains("Receiver PhaseReceivers#failAfterCommit of signal 'note_written' failed "
				+ "(phase AFTER_COMMIT, sender class " + FailingAfterCommit.class.getName()
				+ "): java.lang.IllegalStateException: after commit failure");
	}

	@Test
	void receiverIsCalledThroughItsProxySoTransactionalAdviceApplies() {
		this.noteWritten.send(Advised.class, this.noteWritten.arguments("note", null));
		assertThat(this.recorder.events()).containsExactly("advised, in transaction true");
	}

	@Test
	void asyncReceiverWithoutTransactionRunsOnTheApplicationTaskExecutor() {
		this.noteWritten.send(AsyncImmediate.class, this.noteWritten.arguments("note", null));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(this.recorder.events())
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.startsWith("async on task-"));
	}

	@Test
	void asyncAfterCommitReceiverIsHandedOverOnlyAfterTheCommit() {
		int before = PhasesApplication.handedOver.get();
		Note note = this.service.write("a", AsyncAfterCommit.class);
		assertThat(note.getId()).isNotNull();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(this.recorder.events()).hasSize(2));
		assertThat(this.recorder.events().get(0)).isEqualTo("send returned, handed over " + before);
		assertThat(this.recorder.events().get(1)).startsWith("async after commit on task-").endsWith("note visible true");
		assertThat(PhasesApplication.handedOver.get()).isEqualTo(before + 1);
	}

	@Test
	void asyncAfterCommitReceiverWithoutTransactionIsHandedOverAtOnce() {
		this.noteWritten.send(AsyncAfterCommit.class, this.noteWritten.arguments("note", null));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(this.recorder.events())
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.startsWith("async after commit on task-"));
	}

	@Test
	void asyncReceiverFailureIsLoggedNamingSignalAndReceiver(CapturedOutput output) {
		this.noteWritten.send(FailingAsync.class, this.noteWritten.arguments("note", null));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(output.getOut())
			.contains("Receiver PhaseReceivers#failAsync of signal 'note_written' failed (phase IMMEDIATE, async, "
					+ "sender class " + FailingAsync.class.getName() + "): java.lang.IllegalStateException: async failure"));
	}

	private int notes(String text) {
		return this.jdbc.queryForObject("select count(*) from note where text = ?", Integer.class, text);
	}

}
