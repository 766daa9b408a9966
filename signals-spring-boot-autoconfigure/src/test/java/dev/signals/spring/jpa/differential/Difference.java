package dev.signals.spring.jpa.differential;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * The first transaction where the two applications showed something different, and a signature
 * of what differed, so that shrinking keeps the same difference.
 *
 * @param transaction the index of the transaction, from 0
 * @param signature what differed, without ids or step numbers
 * @param plain what the application without the starter showed
 * @param bridged what the application with the starter showed
 */
record Difference(int transaction, String signature, Observation plain, Observation bridged) {

	/**
	 * Compares the observations of the two applications.
	 * @param plain without the starter
	 * @param bridged with the starter
	 * @return the first difference, or {@code null} if they showed the same
	 */
	static @Nullable Difference between(List<Observation> plain, List<Observation> bridged) {
		if (plain.size() != bridged.size()) {
			throw new IllegalStateException("The replays observed " + plain.size() + " and " + bridged.size()
					+ " transactions");
		}
		for (int i = 0; i < plain.size(); i++) {
			String signature = signature(plain.get(i), bridged.get(i));
			if (signature != null) {
				return new Difference(i, signature, plain.get(i), bridged.get(i));
			}
		}
		return null;
	}

	private static @Nullable String signature(Observation plain, Observation bridged) {
		if (!plain.outcome().equals(bridged.outcome())) {
			return "outcome: " + withoutStep(plain.outcome()) + " | " + withoutStep(bridged.outcome());
		}
		if (!plain.reads().equals(bridged.reads())) {
			return "reads";
		}
		if (!plain.statements().equals(bridged.statements())) {
			TreeSet<String> kinds = new TreeSet<>(plain.statements().keySet());
			kinds.addAll(bridged.statements().keySet());
			StringBuilder signature = new StringBuilder("statements:");
			for (String kind : kinds) {
				int without = plain.statements().getOrDefault(kind, 0);
				int with = bridged.statements().getOrDefault(kind, 0);
				if (without != with) {
					signature.append(' ').append(kind).append((with > without) ? " more" : " fewer");
				}
			}
			return signature.toString();
		}
		if (!plain.tables().equals(bridged.tables())) {
			StringBuilder signature = new StringBuilder("tables:");
			plain.tables().forEach((table, rows) -> {
				if (!Objects.equals(rows, bridged.tables().get(table))) {
					signature.append(' ').append(table);
				}
			});
			return signature.toString();
		}
		return null;
	}

	private static String withoutStep(String outcome) {
		return outcome.replaceFirst(" at step [0-9.]+", " at a step");
	}

	/**
	 * Prints the difference readably.
	 * @param bridgedName how to name the application with the starter
	 * @return the text
	 */
	String describe(String bridgedName) {
		StringBuilder text = new StringBuilder();
		text.append("transaction ").append(this.transaction + 1).append(" differs in ").append(this.signature)
			.append('\n');
		observation(text, "without the starter", this.plain, null);
		observation(text, bridgedName, this.bridged, this.plain);
		return text.toString();
	}

	private static void observation(StringBuilder text, String name, Observation observation,
			@Nullable Observation other) {
		text.append("  ").append(name).append(":\n");
		text.append("    outcome:    ").append(observation.outcome()).append('\n');
		text.append("    reads:      ").append(observation.reads()).append('\n');
		text.append("    statements: ").append(observation.statements()).append('\n');
		for (Map.Entry<String, List<String>> table : observation.tables().entrySet()) {
			boolean differs = other != null && !table.getValue().equals(other.tables().get(table.getKey()));
			if (differs || (other == null && !table.getValue().isEmpty())) {
				text.append("    ").append(differs ? "* " : "  ").append(table.getKey()).append(": ")
					.append(table.getValue()).append('\n');
			}
		}
	}

}
