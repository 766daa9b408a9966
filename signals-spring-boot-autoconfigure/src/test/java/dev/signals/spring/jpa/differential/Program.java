package dev.signals.spring.jpa.differential;

import java.util.ArrayList;
import java.util.List;

/**
 * A sequence of JPA operations, replayed identically by both applications: units of work, each
 * either independent transactions or transactions sharing one long-lived EntityManager.
 *
 * @param units the units, in order
 */
record Program(List<Unit> units) implements Tree {

	@Override
	public List<Unit> parts() {
		return this.units;
	}

	@Override
	@SuppressWarnings("unchecked")
	public Program withParts(List<? extends Tree> parts) {
		return new Program((List<Unit>) parts);
	}

	/** @return how many steps the program has, inner ones included */
	int size() {
		return count(this);
	}

	private static int count(Tree tree) {
		int count = (tree instanceof Step) ? 1 : 0;
		for (Tree part : tree.parts()) {
			count += count(part);
		}
		return count;
	}

	/** @return the transactions in the order they run, as the observations are numbered */
	List<Tx> transactions() {
		List<Tx> all = new ArrayList<>();
		this.units.forEach((unit) -> all.addAll(unit.transactions()));
		return all;
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		int number = 0;
		for (Unit unit : this.units) {
			String indent = "  ";
			if (unit.session()) {
				int size = unit.transactions().size();
				text.append("  one EntityManager bound to the thread over ").append(size)
					.append((size == 1) ? " transaction" : " transactions")
					.append(" (open session in view):\n");
				indent = "    ";
			}
			for (Tx tx : unit.transactions()) {
				text.append(indent).append(++number).append(". ").append(tx.mode().description).append(":\n");
				Step.print(text, tx.steps(), indent + "   ", "");
			}
		}
		return text.toString();
	}

	/**
	 * Transactions run one after another, either each with its own EntityManager, or all with one
	 * EntityManager bound to the thread for the whole unit, as open session in view does.
	 *
	 * @param session whether the transactions share a long-lived EntityManager
	 * @param transactions the transactions
	 */
	record Unit(boolean session, List<Tx> transactions) implements Tree {

		@Override
		public List<Tx> parts() {
			return this.transactions;
		}

		@Override
		@SuppressWarnings("unchecked")
		public Unit withParts(List<? extends Tree> parts) {
			return new Unit(this.session, (List<Tx>) parts);
		}

		@Override
		public List<Tree> simpler() {
			return this.session ? List.of(new Unit(false, this.transactions)) : List.of();
		}

	}

	/**
	 * The steps of one transaction.
	 *
	 * @param mode how the steps run
	 * @param steps the steps
	 */
	record Tx(Mode mode, List<Step> steps) implements Tree {

		@Override
		public List<Step> parts() {
			return this.steps;
		}

		@Override
		@SuppressWarnings("unchecked")
		public Tx withParts(List<? extends Tree> parts) {
			return new Tx(this.mode, (List<Step>) parts);
		}

		@Override
		public List<Tree> simpler() {
			return (this.mode == Mode.READ_ONLY) ? List.of(new Tx(Mode.READ_WRITE, this.steps)) : List.of();
		}

	}

	/** How the steps of a {@link Tx} run. */
	enum Mode {

		READ_WRITE("transaction"),

		READ_ONLY("read-only transaction"),

		/** Without a transaction, with the EntityManager of the session: reads and changes to flush later. */
		NONE("no transaction");

		final String description;

		Mode(String description) {
			this.description = description;
		}

	}

}
