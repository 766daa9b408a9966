package dev.signals.spring.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.signals.spring.jpa.ModelSignals;
import dev.signals.spring.reliability.FaultyReceivers.AfterCommit;
import dev.signals.spring.reliability.FaultyReceivers.AfterCompletion;
import dev.signals.spring.reliability.FaultyReceivers.AfterRollback;
import dev.signals.spring.reliability.FaultyReceivers.Async;
import dev.signals.spring.reliability.FaultyReceivers.AsyncAfterCommit;
import dev.signals.spring.reliability.FaultyReceivers.BeforeCommit;
import dev.signals.spring.reliability.FaultyReceivers.Immediate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A receiver that fails, in every phase and in every signal of the JPA bridge, and what each
 * failure does: what reaches the caller, what is rolled back (read from the database), and what
 * is logged at ERROR. Each test is a table of docs/reference/failure-behaviour.md.
 */
@SpringBootTest(classes = ReliabilityApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ExtendWith(OutputCaptureExtension.class)
class FaultMatrixTests {

	@Autowired
	private PaymentService service;

	@Autowired
	private Repositories.Items items;

	@Autowired
	private Repositories.Baskets baskets;

	@Autowired
	private Faults faults;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	@AfterEach
	void clean() {
		this.faults.failIn(null, false);
		this.jdbc.update("delete from basket_items");
		this.jdbc.update("delete from basket");
		this.jdbc.update("delete from item");
	}

	@Test
	void failingReceiverOfACustomSignalInEachPhase(CapturedOutput output) {
		String failure = "IllegalStateException: planted failure in ";
		assertThat(List.of(
				phase(output, "IMMEDIATE", Immediate.class, false),
				phase(output, "BEFORE_COMMIT", BeforeCommit.class, false),
				phase(output, "AFTER_COMMIT", AfterCommit.class, false),
				phase(output, "AFTER_ROLLBACK", AfterRollback.class, true),
				phase(output, "AFTER_COMPLETION", AfterCompletion.class, false),
				phase(output, "async IMMEDIATE", Async.class, false),
				phase(output, "async AFTER_COMMIT", AsyncAfterCommit.class, false)))
			.containsExactly(
				// receiver, what the caller gets, sender's write committed, receiver's write committed, ERROR log
				new Row("IMMEDIATE", failure + "IMMEDIATE receiver", false, false, "[]"),
				new Row("BEFORE_COMMIT", failure + "BEFORE_COMMIT receiver", false, false, "[]"),
				new Row("AFTER_COMMIT", "nothing", true, false, logged("afterCommit", "AFTER_COMMIT", "AFTER_COMMIT")),
				new Row("AFTER_ROLLBACK", "ServiceFailure: service rolled back sent in AFTER_ROLLBACK", false, false,
						logged("afterRollback", "AFTER_ROLLBACK", "AFTER_ROLLBACK")),
				new Row("AFTER_COMPLETION", "nothing", true, false,
						logged("afterCompletion", "AFTER_COMPLETION", "AFTER_COMPLETION")),
				new Row("async IMMEDIATE", "nothing", true, true,
						logged("async", "IMMEDIATE, async", "async IMMEDIATE")),
				new Row("async AFTER_COMMIT", "nothing", true, false,
						logged("asyncAfterCommit", "AFTER_COMMIT, async", "async AFTER_COMMIT")));
	}

	@Test
	void failingReceiverOfEachModelSignal(CapturedOutput output) {
		List<ModelRow> rows = new ArrayList<>();
		rows.add(model(output, ModelSignals.PRE_SAVE, "insert", false, () -> this.items.save(new Item("new"))));
		rows.add(model(output, ModelSignals.PRE_SAVE, "insert", true, () -> this.items.save(new Item("new"))));
		rows.add(model(output, ModelSignals.POST_SAVE, "insert", false, () -> this.items.save(new Item("new"))));
		Long id = this.items.save(new Item("kept")).getId();
		Long basket = this.baskets.save(new Basket()).getId();
		rows.add(model(output, ModelSignals.PRE_SAVE, "update", false,
				() -> this.items.findById(id).orElseThrow().setName("renamed")));
		rows.add(model(output, ModelSignals.POST_SAVE, "update", false,
				() -> this.items.findById(id).orElseThrow().setName("renamed")));
		rows.add(model(output, ModelSignals.PRE_DELETE, "delete", false, () -> this.items.deleteById(id)));
		rows.add(model(output, ModelSignals.POST_DELETE, "delete", false, () -> this.items.deleteById(id)));
		rows.add(model(output, ModelSignals.POST_INIT, "load", false, () -> this.items.findById(id)));
		rows.add(model(output, ModelSignals.POST_INIT, "load", true, () -> this.items.findById(id)));
		rows.add(model(output, ModelSignals.M2M_CHANGED, "add to collection", false,
				() -> this.baskets.findById(basket).orElseThrow().getItems().add(this.items.getReferenceById(id))));
		String own = "PlantedFailure: planted failure in ";
		String translated = "InvalidDataAccessApiUsageException caused by IllegalStateException: planted failure in ";
		assertThat(rows).containsExactly(
				// signal, operation, receiver throws IllegalStateException, what the caller gets, changes committed
				new ModelRow("pre_save", "insert", false, own + "pre_save receiver", false),
				new ModelRow("pre_save", "insert", true, translated + "pre_save receiver", false),
				new ModelRow("post_save", "insert", false, own + "post_save receiver", false),
				new ModelRow("pre_save", "update", false, own + "pre_save receiver", false),
				new ModelRow("post_save", "update", false, own + "post_save receiver", false),
				new ModelRow("pre_delete", "delete", false, own + "pre_delete receiver", false),
				new ModelRow("post_delete", "delete", false, own + "post_delete receiver", false),
				new ModelRow("post_init", "load", false, own + "post_init receiver", false),
				new ModelRow("post_init", "load", true, translated + "post_init receiver", false),
				new ModelRow("m2m_changed", "add to collection", false, own + "m2m_changed receiver", false));
		assertThat(output).doesNotContain(" ERROR ");
	}

	private Row phase(CapturedOutput output, String phase, Class<?> sender, boolean rollBack) {
		int mark = output.length();
		String propagated = propagated(() -> this.service.noteItem("sent in " + phase, sender, rollBack));
		if (phase.startsWith("async")) {
			await().atMost(Duration.ofSeconds(10)).until(() -> output.toString().substring(mark).contains("planted"));
		}
		boolean senderWrite = count("sent in " + phase) == 1;
		boolean receiverWrite = count("written by the " + phase + " receiver") == 1;
		return new Row(phase, propagated, senderWrite, receiverWrite, errors(output, mark));
	}

	private ModelRow model(CapturedOutput output, String signal, String operation, boolean illegalState,
			Runnable work) {
		String before = state();
		this.faults.failIn(signal, illegalState);
		String propagated = propagated(() -> this.transaction.executeWithoutResult((status) -> work.run()));
		this.faults.failIn(null, false);
		return new ModelRow(signal, operation, illegalState, propagated, !state().equals(before));
	}

	private String state() {
		return this.jdbc.queryForList("select name from item order by id", String.class) + " "
				+ this.jdbc.queryForList("select items_id from basket_items", Long.class);
	}

	private int count(String name) {
		return this.jdbc.queryForObject("select count(*) from item where name = ?", Integer.class, name);
	}

	private static String propagated(Runnable action) {
		try {
			action.run();
			return "nothing";
		}
		catch (RuntimeException ex) {
			Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
			return ex.getClass().getSimpleName()
					+ ((cause != ex) ? " caused by " + cause.getClass().getSimpleName() : "") + ": "
					+ cause.getMessage();
		}
	}

	/** The ERROR lines logged since the mark: logger and message, without the sender. */
	private static String errors(CapturedOutput output, int mark) {
		return output.toString()
			.substring(mark)
			.lines()
			.filter((line) -> line.contains(" ERROR "))
			.map((line) -> line.substring(line.lastIndexOf('.', line.indexOf(" : ")) + 1).replaceAll(" +: ", ": "))
			.map((line) -> line.replaceAll(", sender class [^)]*\\)", ")"))
			.toList()
			.toString();
	}

	private static String logged(String method, String phase, String failure) {
		return "[ReceiverMethod: Receiver FaultyReceivers#" + method + " of signal 'item_noted' failed (phase " + phase
				+ "): java.lang.IllegalStateException: planted failure in " + failure + " receiver]";
	}

	/** One failing receiver of {@code item_noted}: what happened to the caller, the data and the log. */
	record Row(String receiver, String propagated, boolean senderWriteCommitted, boolean receiverWriteCommitted,
			String logged) {
	}

	/** One failing receiver of a model signal. */
	record ModelRow(String signal, String operation, boolean illegalState, String propagated,
			boolean changesCommitted) {
	}

}
