package dev.signals;

import java.util.Collection;

import org.jspecify.annotations.Nullable;

/** Finds the known name closest to a misspelt one, for error messages. */
final class Names {

	private Names() {
	}

	/**
	 * The candidate with the smallest edit distance to the name, if it is close enough to be a
	 * plausible typo (at most a third of the name's length, and at least 2 edits allowed).
	 * @param name the unknown name
	 * @param candidates the known names
	 * @return the closest candidate, or {@code null} when none is close
	 */
	static @Nullable String closest(String name, Collection<String> candidates) {
		String best = null;
		int bestDistance = Math.max(2, name.length() / 3) + 1;
		for (String candidate : candidates) {
			int distance = distance(name.toLowerCase(), candidate.toLowerCase());
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return best;
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
