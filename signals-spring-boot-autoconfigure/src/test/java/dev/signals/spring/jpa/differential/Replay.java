package dev.signals.spring.jpa.differential;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import dev.signals.spring.jpa.differential.Program.Mode;
import dev.signals.spring.jpa.differential.Program.Tx;
import dev.signals.spring.jpa.differential.Program.Unit;
import dev.signals.spring.jpa.differential.Step.Ref;
import org.jspecify.annotations.Nullable;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Replays a {@link Program} in one application, from an empty database, and observes each
 * transaction. Entities are named by their index among those of their kind that the program
 * created, so the same program does the same in both applications whatever ids they get.
 */
final class Replay {

	private static final List<String> WRITES = List.of("insert", "update", "delete");

	private final App app;

	private final Map<Kind, List<Object>> created = new EnumMap<>(Kind.class);

	private final Map<Integer, Copy> copies = new HashMap<>();

	private final List<String> reads = new ArrayList<>();

	private @Nullable String failedAt;

	private @Nullable Map<String, List<String>> tables;

	private Replay(App app) {
		this.app = app;
	}

	/**
	 * Empties the application's database and replays a program.
	 * @param app the application
	 * @param program the program
	 * @return what was observed after each transaction, in order
	 */
	static List<Observation> run(App app, Program program) {
		app.reset();
		Replay replay = new Replay(app);
		List<Observation> observations = new ArrayList<>();
		for (Unit unit : program.units()) {
			if (unit.session()) {
				replay.session(unit.transactions(), observations);
			}
			else {
				unit.transactions().forEach((tx) -> observations.add(replay.transaction(tx)));
			}
		}
		return observations;
	}

	/** Binds one EntityManager to the thread for several transactions, as open session in view does. */
	private void session(List<Tx> transactions, List<Observation> observations) {
		EntityManager entityManager = this.app.entityManagerFactory().createEntityManager();
		TransactionSynchronizationManager.bindResource(this.app.entityManagerFactory(),
				new EntityManagerHolder(entityManager));
		try {
			transactions.forEach((tx) -> observations.add(transaction(tx)));
		}
		finally {
			TransactionSynchronizationManager.unbindResource(this.app.entityManagerFactory());
			entityManager.close();
		}
	}

	private Observation transaction(Tx tx) {
		this.app.statements().take();
		this.reads.clear();
		this.failedAt = null;
		String outcome = "ok";
		try {
			if (tx.mode() == Mode.NONE) {
				steps(tx.steps(), "");
			}
			else {
				this.app.transaction(TransactionDefinition.PROPAGATION_REQUIRED, tx.mode() == Mode.READ_ONLY)
					.executeWithoutResult((status) -> steps(tx.steps(), ""));
			}
		}
		catch (RuntimeException ex) {
			outcome = "failed at " + ((this.failedAt != null) ? "step " + this.failedAt : "commit") + ": "
					+ describe(ex);
		}
		Map<String, Integer> statements = this.app.statements().take();
		if (this.tables == null || WRITES.stream().anyMatch(statements::containsKey)) {
			// every statement of the steps goes through Hibernate, so without a write the tables are as they were
			this.tables = this.app.tables();
		}
		return new Observation(outcome, List.copyOf(this.reads), statements, this.tables);
	}

	/**
	 * Runs steps, noting where one fails.
	 * @param steps the steps
	 * @param prefix the path of the enclosing step, such as "4."
	 */
	void steps(List<Step> steps, String prefix) {
		int number = 0;
		for (Step step : steps) {
			String path = prefix + (++number);
			try {
				step.run(this, path);
			}
			catch (RuntimeException ex) {
				if (this.failedAt == null) {
					this.failedAt = path;
				}
				throw ex;
			}
		}
	}

	/**
	 * Records an exception that the application caught.
	 * @param what what failed
	 * @param ex the exception
	 */
	void caught(String what, RuntimeException ex) {
		read(what + ((this.failedAt != null) ? " at step " + this.failedAt : "") + ": " + describe(ex));
		this.failedAt = null;
	}

	App app() {
		return this.app;
	}

	/** @return the shared EntityManager: the one of the current transaction or session */
	EntityManager em() {
		return this.app.entityManager();
	}

	void read(String value) {
		this.reads.add(value);
	}

	void created(Kind kind, Object entity) {
		this.created.computeIfAbsent(kind, (key) -> new ArrayList<>()).add(entity);
	}

	/**
	 * The id of an entity the program created.
	 * @param ref the entity
	 * @return its id, or {@code null} if it was never created or has none yet
	 */
	@Nullable Object id(Ref ref) {
		Object instance = instance(ref);
		return (instance != null) ? this.app.id(instance) : null;
	}

	/**
	 * The managed entity of a reference: the instance the program created if the current
	 * EntityManager manages it, else the one {@code em.find} returns. An absent one is read as such.
	 * @param ref the entity
	 * @return the managed entity, or {@code null}
	 */
	@Nullable Object find(Ref ref) {
		Object instance = instance(ref);
		Object found = null;
		if (instance != null) {
			EntityManager em = em();
			if (em.contains(instance)) {
				found = instance;
			}
			else {
				Object id = this.app.id(instance);
				found = (id != null) ? em.find(ref.kind().type, id) : null;
			}
		}
		if (found == null) {
			read(ref + " absent");
		}
		return found;
	}

	private @Nullable Object instance(Ref ref) {
		List<Object> instances = this.created.getOrDefault(ref.kind(), List.of());
		return (ref.index() < instances.size()) ? instances.get(ref.index()) : null;
	}

	void copy(int slot, Kind kind, @Nullable Object copy) {
		if (copy != null) {
			this.copies.put(slot, new Copy(kind, copy));
		}
		else {
			this.copies.remove(slot);
		}
	}

	@Nullable Copy copy(int slot) {
		return this.copies.get(slot);
	}

	/**
	 * Changes an entity in a transaction of another thread and waits for it.
	 * @param ref the entity
	 * @param change the change
	 * @return "ok", "absent", or the exception it failed with
	 */
	String inOtherThread(Ref ref, Consumer<Object> change) {
		Object id = id(ref);
		if (id == null) {
			return "absent";
		}
		return this.app.inOtherThread(() -> {
			try {
				return this.app.transaction(TransactionDefinition.PROPAGATION_REQUIRED, false).execute((status) -> {
					Object entity = em().find(ref.kind().type, id);
					if (entity == null) {
						return "absent";
					}
					change.accept(entity);
					return "ok";
				});
			}
			catch (RuntimeException ex) {
				return describe(ex);
			}
		});
	}

	/**
	 * An exception as its class and the class of its root cause, without messages (which name
	 * constraints and values that need not match).
	 * @param ex the exception
	 * @return the description
	 */
	static String describe(Throwable ex) {
		Throwable root = NestedExceptionUtils.getMostSpecificCause(ex);
		return ex.getClass().getName() + ((root != ex) ? " caused by " + root.getClass().getName() : "");
	}

	/**
	 * Query results as plain values.
	 * @param rows the rows of a query
	 * @return one line
	 */
	static String rows(List<?> rows) {
		List<String> lines = new ArrayList<>();
		for (Object row : rows) {
			lines.add((row instanceof Object[] values) ? Arrays.toString(values) : String.valueOf(row));
		}
		return lines.toString();
	}

	/**
	 * A detached copy kept for a later merge.
	 * @param kind its kind
	 * @param entity the copy
	 */
	record Copy(Kind kind, Object entity) {

	}

}
