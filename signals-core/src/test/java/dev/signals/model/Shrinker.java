package dev.signals.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reduces a failing sequence of actions to a minimal one that still fails, by delta debugging:
 * it drops ever smaller chunks, down to single actions, while the sequence still fails, then
 * replaces single actions by the simpler versions each proposes, and repeats until neither step
 * changes anything or the budget of runs is spent.
 *
 * @param <A> the action type
 */
public final class Shrinker<A> {

	private final Function<A, List<A>> simplifications;

	private final int maxRuns;

	private int runs;

	/**
	 * Creates a shrinker.
	 * @param simplifications the simpler versions of an action, simplest first; none for an action
	 * that is as simple as it gets
	 * @param maxRuns how many times the property may be run while shrinking
	 */
	public Shrinker(Function<A, List<A>> simplifications, int maxRuns) {
		this.simplifications = simplifications;
		this.maxRuns = maxRuns;
	}

	/**
	 * Shrinks a failing sequence.
	 * @param failing a sequence for which {@code fails} is true
	 * @param fails whether a sequence still fails
	 * @return the smallest failing sequence found
	 */
	public List<A> shrink(List<A> failing, Predicate<List<A>> fails) {
		List<A> current = List.copyOf(failing);
		boolean changed = true;
		while (changed && this.runs < this.maxRuns) {
			List<A> shorter = dropChunks(current, fails);
			List<A> simpler = simplify(shorter, fails);
			changed = !simpler.equals(current);
			current = simpler;
		}
		return current;
	}

	/** @return how many times the property ran while shrinking */
	public int runs() {
		return this.runs;
	}

	private List<A> dropChunks(List<A> sequence, Predicate<List<A>> fails) {
		List<A> current = sequence;
		int chunk = Math.max(1, current.size() / 2);
		while (chunk >= 1 && !current.isEmpty()) {
			boolean dropped = false;
			for (int start = 0; start < current.size() && this.runs < this.maxRuns;) {
				List<A> candidate = new ArrayList<>(current.subList(0, start));
				candidate.addAll(current.subList(Math.min(current.size(), start + chunk), current.size()));
				if (stillFails(candidate, fails)) {
					current = List.copyOf(candidate);
					dropped = true;
				}
				else {
					start += chunk;
				}
			}
			if (!dropped) {
				chunk /= 2;
			}
		}
		return current;
	}

	private List<A> simplify(List<A> sequence, Predicate<List<A>> fails) {
		List<A> current = sequence;
		for (int i = 0; i < current.size(); i++) {
			for (A simpler : this.simplifications.apply(current.get(i))) {
				if (this.runs >= this.maxRuns) {
					return current;
				}
				List<A> candidate = new ArrayList<>(current);
				candidate.set(i, simpler);
				if (stillFails(candidate, fails)) {
					current = List.copyOf(candidate);
					break;
				}
			}
		}
		return current;
	}

	private boolean stillFails(List<A> candidate, Predicate<List<A>> fails) {
		this.runs++;
		return fails.test(candidate);
	}

}
