package dev.signals.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Checks a property of random sequences of actions: each try generates a sequence from its own
 * seed, derived from one run seed, and runs the property on it. The first failing sequence is
 * {@linkplain Shrinker shrunk} and reported with the run seed and the minimal sequence, so a
 * failure can be reproduced with {@code -Dsignals.model.seed=...}.
 *
 * @param <A> the action type
 */
public final class SequenceCheck<A> {

	/** The system property that overrides the run seed. */
	public static final String SEED_PROPERTY = "signals.model.seed";

	/** The run seed when the system property is not set, so every build checks the same sequences. */
	public static final long DEFAULT_SEED = 20261125L;

	private static final int MAX_SHRINK_RUNS = 20_000;

	private final Function<Random, A> actions;

	private final int maxLength;

	private final Function<A, List<A>> simplifications;

	/**
	 * Creates a check.
	 * @param actions generates one random action
	 * @param maxLength the longest sequence to generate
	 * @param simplifications the simpler versions of an action, for shrinking
	 */
	public SequenceCheck(Function<Random, A> actions, int maxLength, Function<A, List<A>> simplifications) {
		this.actions = actions;
		this.maxLength = maxLength;
		this.simplifications = simplifications;
	}

	/** @return the run seed: the {@value #SEED_PROPERTY} system property, else {@link #DEFAULT_SEED} */
	public static long seed() {
		String value = System.getProperty(SEED_PROPERTY);
		return (value != null && !value.isBlank()) ? Long.parseLong(value.trim()) : DEFAULT_SEED;
	}

	/**
	 * Runs the property on {@code tries} sequences generated from {@link #seed()}.
	 * @param tries how many sequences to check
	 * @param property throws (an {@link AssertionError}, usually) when a sequence breaks it
	 */
	public void check(int tries, Consumer<List<A>> property) {
		check(tries, seed(), property);
	}

	/**
	 * Runs the property on {@code tries} sequences generated from the given seed.
	 * @param tries how many sequences to check
	 * @param seed the run seed
	 * @param property throws when a sequence breaks it
	 * @throws AssertionError naming the seed and the minimal failing sequence
	 */
	public void check(int tries, long seed, Consumer<List<A>> property) {
		Random seeds = new Random(seed);
		for (int i = 1; i <= tries; i++) {
			List<A> sequence = generate(new Random(seeds.nextLong()));
			if (failure(sequence, property) != null) {
				Shrinker<A> shrinker = new Shrinker<>(this.simplifications, MAX_SHRINK_RUNS);
				List<A> minimal = shrinker.shrink(sequence, (candidate) -> failure(candidate, property) != null);
				Throwable cause = failure(minimal, property);
				throw new AssertionError(report(seed, i, tries, sequence.size(), shrinker.runs(), minimal, cause),
						cause);
			}
		}
	}

	private List<A> generate(Random random) {
		int length = random.nextInt(this.maxLength + 1);
		List<A> sequence = new ArrayList<>(length);
		for (int i = 0; i < length; i++) {
			sequence.add(this.actions.apply(random));
		}
		return sequence;
	}

	private static <A> @Nullable Throwable failure(List<A> sequence, Consumer<List<A>> property) {
		try {
			property.accept(sequence);
			return null;
		}
		catch (Exception | AssertionError ex) {
			return ex;
		}
	}

	private static <A> String report(long seed, int index, int tries, int originalSize, int shrinkRuns,
			List<A> minimal, Throwable cause) {
		StringBuilder report = new StringBuilder();
		report.append("Sequence ").append(index).append(" of ").append(tries).append(" failed (seed ").append(seed)
			.append("; rerun with -D").append(SEED_PROPERTY).append('=').append(seed).append(").\n");
		report.append("Minimal failing sequence, ").append(minimal.size()).append(" of ").append(originalSize)
			.append(" actions after ").append(shrinkRuns).append(" shrink runs:\n");
		for (int i = 0; i < minimal.size(); i++) {
			report.append("  ").append(i + 1).append(". ").append(minimal.get(i)).append('\n');
		}
		report.append("fails with: ").append(cause);
		return report.toString();
	}

}
