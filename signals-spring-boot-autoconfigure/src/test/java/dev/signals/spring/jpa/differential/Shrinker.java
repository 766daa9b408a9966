package dev.signals.spring.jpa.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reduces a failing {@link Program} to a small one that still fails, by delta debugging at every
 * level of the program: it drops ever smaller chunks of units, then of the transactions of each
 * unit, of the steps of each transaction and of each inner call, and tries the simpler version
 * of each node, until nothing changes or the budget of runs is spent.
 */
final class Shrinker {

	private final Predicate<Program> fails;

	private final int maxRuns;

	private int runs;

	/**
	 * Creates a shrinker.
	 * @param fails whether a program still fails (in the same way)
	 * @param maxRuns how many times {@code fails} may run
	 */
	Shrinker(Predicate<Program> fails, int maxRuns) {
		this.fails = fails;
		this.maxRuns = maxRuns;
	}

	/**
	 * Shrinks a failing program.
	 * @param failing a program for which {@code fails} holds
	 * @return the smallest failing program found
	 */
	Program shrink(Program failing) {
		Program current = failing;
		boolean changed = true;
		while (changed && this.runs < this.maxRuns) {
			Program smaller = (Program) shrink(current, (node) -> (Program) node);
			changed = !smaller.equals(current);
			current = smaller;
		}
		return current;
	}

	/** @return how many times the program ran while shrinking */
	int runs() {
		return this.runs;
	}

	/**
	 * Shrinks one node of the program.
	 * @param node the node
	 * @param program the whole program with this node replaced by another
	 * @return the smallest version of the node that still fails
	 */
	private Tree shrink(Tree node, Function<Tree, Program> program) {
		Tree current = node;
		for (Tree simpler : current.simpler()) {
			if (stillFails(program.apply(simpler))) {
				current = simpler;
				break;
			}
		}
		Tree parent = current;
		List<Tree> parts = dropChunks(List.copyOf(current.parts()),
				(candidate) -> program.apply(parent.withParts(candidate)));
		current = current.withParts(parts);
		for (int i = 0; i < parts.size(); i++) {
			Tree whole = current;
			List<Tree> siblings = parts;
			int index = i;
			Tree part = shrink(parts.get(i),
					(replacement) -> program.apply(whole.withParts(replace(siblings, index, replacement))));
			parts = replace(parts, i, part);
			current = current.withParts(parts);
		}
		return current;
	}

	private List<Tree> dropChunks(List<Tree> parts, Function<List<Tree>, Program> program) {
		List<Tree> current = parts;
		int chunk = Math.max(1, current.size() / 2);
		while (chunk >= 1 && !current.isEmpty()) {
			boolean dropped = false;
			for (int start = 0; start < current.size() && this.runs < this.maxRuns;) {
				List<Tree> candidate = new ArrayList<>(current.subList(0, start));
				candidate.addAll(current.subList(Math.min(current.size(), start + chunk), current.size()));
				if (stillFails(program.apply(candidate))) {
					current = List.copyOf(candidate);
					dropped = true;
				}
				else {
					start += chunk;
				}
			}
			if (!dropped || this.runs >= this.maxRuns) {
				chunk /= 2;
			}
		}
		return current;
	}

	private static List<Tree> replace(List<Tree> parts, int index, Tree part) {
		List<Tree> replaced = new ArrayList<>(parts);
		replaced.set(index, part);
		return List.copyOf(replaced);
	}

	private boolean stillFails(Program candidate) {
		if (this.runs >= this.maxRuns) {
			return false;
		}
		this.runs++;
		return this.fails.test(candidate);
	}

}
