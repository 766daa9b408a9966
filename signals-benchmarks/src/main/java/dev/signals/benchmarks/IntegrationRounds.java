package dev.signals.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.signals.benchmarks.jdbc.BorrowBenchmark;
import dev.signals.benchmarks.jpa.PersistBenchmark;
import dev.signals.benchmarks.jpa.UpdateBenchmark;
import dev.signals.benchmarks.web.RequestBenchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the modes of an integration benchmark in paired rounds: each round runs one fork of every
 * mode, one right after the other, in an order rotated from round to round. A change in the
 * machine's load between rounds then moves all modes of a round alike, and the ratio of each mode
 * to the first one is taken within a round; the median of those ratios over the rounds is the
 * estimate, printed with their mean. Within a fork the score is the median of the measurement iterations. A plain JMH run measures all forks of one mode before the next, so there a neighbour
 * that starts or stops halfway through shows up as a difference between modes.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.signals.benchmarks.IntegrationRounds <rounds>
 * <results.json> <benchmark class>...}, the classes by simple name (for example
 * {@code PersistBenchmark RequestBenchmark}). Each fork keeps the warmup and measurement of the
 * class's annotations and runs with JMH's allocation profiler. The system property
 * {@code rounds.jvmArgs} replaces the JVM arguments the classes append to their forks, to try other
 * settings; {@code rounds.modes} (for example {@code without,receiver}) runs only some modes, the
 * baseline first, so that more rounds fit in the same time.
 */
public final class IntegrationRounds {

	/** The benchmarks with modes, by simple name; the first of their {@code mode} values is the baseline. */
	private static final Map<String, Class<?>> BENCHMARKS = Map.of("PersistBenchmark", PersistBenchmark.class,
			"UpdateBenchmark", UpdateBenchmark.class, "RequestBenchmark", RequestBenchmark.class, "BorrowBenchmark",
			BorrowBenchmark.class);

	private IntegrationRounds() {
	}

	/**
	 * Runs the rounds and prints and writes their results.
	 * @param args the number of rounds, the results file and the benchmark classes
	 * @throws RunnerException when JMH fails
	 * @throws IOException when the results cannot be written
	 */
	public static void main(String[] args) throws RunnerException, IOException {
		if (args.length < 3) {
			throw new IllegalArgumentException(
					"Usage: IntegrationRounds <rounds> <results.json> <benchmark class>... (classes: " + BENCHMARKS.keySet()
							+ ")");
		}
		int rounds = Integer.parseInt(args[0]);
		List<Measured> all = new ArrayList<>();
		for (String benchmark : Arrays.copyOfRange(args, 2, args.length)) {
			Class<?> type = BENCHMARKS.get(benchmark);
			if (type == null) {
				throw new IllegalArgumentException("Unknown benchmark '" + benchmark + "'; known: " + BENCHMARKS.keySet());
			}
			List<String> modes = modes(type);
			for (int round = 1; round <= rounds; round++) {
				for (int i = 0; i < modes.size(); i++) {
					String mode = modes.get((i + round - 1) % modes.size());
					all.add(run(benchmark, mode, round));
				}
			}
			print(benchmark, modes, rounds, all);
			// written after each benchmark: a run stopped later keeps what it measured
			Files.writeString(Path.of(args[1]), json(all), StandardCharsets.UTF_8);
		}
	}

	private static List<String> modes(Class<?> benchmark) {
		List<String> declared;
		try {
			declared = List.of(benchmark.getField("mode").getAnnotation(Param.class).value());
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException(benchmark.getSimpleName() + " has no @Param field 'mode'", ex);
		}
		String chosen = System.getProperty("rounds.modes");
		if (chosen == null || chosen.isBlank()) {
			return declared;
		}
		List<String> modes = List.of(chosen.trim().split("\\s*,\\s*"));
		if (!modes.get(0).equals(declared.get(0)) || !declared.containsAll(modes)) {
			throw new IllegalArgumentException("rounds.modes must start with the baseline '" + declared.get(0)
					+ "' and name only modes of " + benchmark.getSimpleName() + " " + declared + ", but was " + modes);
		}
		return modes;
	}

	private static Measured run(String benchmark, String mode, int round) throws RunnerException {
		ChainedOptionsBuilder options = new OptionsBuilder()
			.include("dev\\.signals\\.benchmarks\\.[a-z]+\\." + benchmark + "\\.")
			.param("mode", mode)
			.forks(1)
			.addProfiler("gc");
		String jvmArgs = System.getProperty("rounds.jvmArgs");
		if (jvmArgs != null && !jvmArgs.isBlank()) {
			options.jvmArgsAppend(jvmArgs.trim().split("\\s+")); // replaces the class's own, to try other settings
		}
		Collection<RunResult> results = new Runner(options.build()).run();
		if (results.size() != 1) {
			throw new IllegalStateException("Expected one result for " + benchmark + " " + mode + " but got "
					+ results.size());
		}
		RunResult result = results.iterator().next();
		BenchmarkParams params = result.getParams();
		Map<String, Result> secondary = result.getSecondaryResults();
		double cpuPerOp = secondary.get("cpuMicros").getScore() / secondary.get("operations").getScore();
		Result alloc = secondary.get("gc.alloc.rate.norm");
		boolean throughput = params.getMode().shortLabel().equals("thrpt");
		// the median iteration: one iteration that a neighbour's burst stretched does not move it
		List<Double> iterations = result.getBenchmarkResults()
			.stream()
			.flatMap((fork) -> fork.getIterationResults().stream())
			.map((iteration) -> iteration.getPrimaryResult().getScore())
			.toList();
		double score = median(iterations);
		// time per operation in microseconds, whichever way JMH reported it
		double micros = throughput ? 1_000_000 / score : score;
		return new Measured(benchmark, round, mode, score, result.getPrimaryResult().getScoreUnit(), micros, cpuPerOp,
				(alloc != null) ? alloc.getScore() : Double.NaN);
	}

	private static void print(String benchmark, List<String> modes, int rounds, List<Measured> all) {
		String baseline = modes.get(0);
		System.out.println();
		System.out.println(benchmark + ": time and CPU per operation as ratios to '" + baseline
				+ "' in the same round (above 1 is slower)");
		for (String mode : modes.subList(1, modes.size())) {
			List<Double> wall = new ArrayList<>();
			List<Double> cpu = new ArrayList<>();
			for (int round = 1; round <= rounds; round++) {
				Measured base = find(all, benchmark, baseline, round);
				Measured measured = find(all, benchmark, mode, round);
				wall.add(measured.micros / base.micros);
				cpu.add(measured.cpuMicrosPerOp / base.cpuMicrosPerOp);
			}
			System.out.printf(Locale.ROOT, "  %-9s wall %s mean %.3f median %.3f | cpu %s mean %.3f median %.3f%n",
					mode, format(wall), mean(wall), median(wall), format(cpu), mean(cpu), median(cpu));
		}
	}

	private static Measured find(List<Measured> all, String benchmark, String mode, int round) {
		return all.stream()
			.filter((m) -> m.benchmark.equals(benchmark) && m.mode.equals(mode) && m.round == round)
			.findFirst()
			.orElseThrow();
	}

	static double mean(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
	}

	static double median(List<Double> values) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private static String format(List<Double> values) {
		return values.stream().map((v) -> String.format(Locale.ROOT, "%.3f", v)).toList().toString();
	}

	private static String json(List<Measured> all) {
		StringBuilder json = new StringBuilder("[\n");
		for (int i = 0; i < all.size(); i++) {
			Measured m = all.get(i);
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("benchmark", m.benchmark);
			fields.put("round", m.round);
			fields.put("mode", m.mode);
			fields.put("score", m.score);
			fields.put("unit", m.unit);
			fields.put("microsPerOp", m.micros);
			fields.put("cpuMicrosPerOp", m.cpuMicrosPerOp);
			fields.put("allocBytesPerOp", m.allocBytesPerOp);
			json.append("  {");
			fields.forEach((name, value) -> json.append('"').append(name).append("\": ")
				.append((value instanceof String) ? "\"" + value + "\""
						: (value instanceof Double number && number.isNaN()) ? "null"
								: String.format(Locale.ROOT, "%s", value))
				.append(", "));
			json.setLength(json.length() - 2);
			json.append((i < all.size() - 1) ? "},\n" : "}\n");
		}
		return json.append("]\n").toString();
	}

	private record Measured(String benchmark, int round, String mode, double score, String unit, double micros,
			double cpuMicrosPerOp, double allocBytesPerOp) {

	}

}
