package dev.signals.spring.jpa.differential;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Replays random programs in an application without the starter and one with it, compares what
 * they showed after every transaction, and shrinks a difference to a minimal program.
 *
 * <p>System properties: {@code differential.seed} (the first seed; random by default, always
 * printed), {@code differential.sequences} (how many programs), {@code differential.all=true}
 * (go on after a difference and report each distinct one), {@code differential.shrinkRuns} (the
 * budget of replays for shrinking one difference), {@code differential.exclude=gauge,inner} (create
 * no entities of these kinds and do none of these operations, to look past a known difference).
 */
final class DifferentialCheck {

	private final String database;

	private final App plain;

	private final App bridged;

	private final int shrinkRuns = Integer.getInteger("differential.shrinkRuns", 400);

	DifferentialCheck(String database, App plain, App bridged) {
		this.database = database;
		this.plain = plain;
		this.bridged = bridged;
	}

	/**
	 * Runs the programs of seeds {@code seed}, {@code seed + 1}, ... and reports the differences.
	 * @param defaultSequences how many programs, unless {@code differential.sequences} says otherwise
	 * @return the report of the differences found, empty if none
	 */
	String run(int defaultSequences) {
		long seed = Long.getLong("differential.seed", System.nanoTime() % 1_000_000_000L);
		int sequences = Integer.getInteger("differential.sequences", defaultSequences);
		boolean all = Boolean.getBoolean("differential.all");
		Generator.Exclusions excluded = Generator.Exclusions.parse(System.getProperty("differential.exclude", ""));
		String name = this.database + ", " + bridgedName();
		System.out.printf("Differential test on %s: %d sequences from seed %d (-Ddifferential.seed=%d "
				+ "-Ddifferential.sequences=%d repeats them)%s%n", name, sequences, seed, seed, sequences,
				excluded.isEmpty() ? "" : ", " + excluded);
		long start = System.nanoTime();
		Map<String, String> found = new LinkedHashMap<>();
		int transactions = 0;
		int steps = 0;
		long shrinking = 0;
		int run = 0;
		for (int i = 0; i < sequences && (all || found.isEmpty()); i++) {
			run++;
			Program program = Generator.program(seed + i, excluded);
			List<Observation> without = Replay.run(this.plain, program);
			Difference difference = Difference.between(without, Replay.run(this.bridged, program));
			transactions += without.size();
			steps += program.size();
			if (difference != null && !found.containsKey(difference.signature())) {
				long shrinkStart = System.nanoTime();
				found.put(difference.signature(), report(seed + i, program, difference));
				shrinking += System.nanoTime() - shrinkStart;
				System.out.println(found.get(difference.signature()));
			}
		}
		System.out.printf("Differential test on %s: %d of %d sequences, %d transactions, %d steps, %d distinct "
				+ "differences, %.1f s (%.1f s of it shrinking)%n", name, run, sequences, transactions, steps, found.size(),
				(System.nanoTime() - start) / 1e9, shrinking / 1e9);
		return String.join("\n", found.values());
	}

	private String report(long seed, Program program, Difference difference) {
		Shrinker shrinker = new Shrinker((candidate) -> {
			Difference again = compare(candidate);
			return again != null && again.signature().equals(difference.signature());
		}, this.shrinkRuns);
		Program minimal = shrinker.shrink(program);
		Difference shown = compare(minimal);
		String header = "Difference on " + this.database + " " + bridgedName() + ": seed " + seed + " (-Ddifferential.seed="
				+ seed + " -Ddifferential.sequences=1 replays it)";
		if (shown == null) {
			return header + ", which did not show again when replayed, so the applications are not deterministic:\n"
					+ program + difference.describe(bridgedName());
		}
		return header + ", shrunk from " + program.size() + " to " + minimal.size() + " steps in " + shrinker.runs()
				+ " replays:\n" + minimal + earlier(minimal, shown) + shown.describe(bridgedName());
	}

	private String bridgedName() {
		return (this.bridged.variant() == App.Variant.PLAIN) ? "another application without the starter"
				: this.bridged.variant().description;
	}

	private @Nullable Difference compare(Program program) {
		return Difference.between(Replay.run(this.plain, program), Replay.run(this.bridged, program));
	}

	private String earlier(Program program, Difference difference) {
		List<Observation> observations = Replay.run(this.plain, program);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < difference.transaction(); i++) {
			text.append((i == 0) ? "the same in both applications:\n" : "")
				.append("  ")
				.append(i + 1)
				.append(". ")
				.append(observations.get(i).outcome())
				.append(", reads ")
				.append(observations.get(i).reads())
				.append('\n');
		}
		return text.toString();
	}

}
