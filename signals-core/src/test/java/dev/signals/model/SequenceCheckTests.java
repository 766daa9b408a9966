package dev.signals.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The test tool itself: it finds a planted failure, shrinks it to the minimal case and reports it. */
class SequenceCheckTests {

	/** Fails once two steps of at least 10 are in the sequence: the minimal case is [10, 10]. */
	private static void noTwoLargeSteps(List<Step> steps) {
		assertThat(steps.stream().filter((step) -> step.value() >= 10).count()).isLessThan(2);
	}

	private final SequenceCheck<Step> check = new SequenceCheck<>((random) -> new Step(random.nextInt(100)), 40,
			Step::simpler);

	@Test
	void plantedFailureIsShrunkToTheMinimalSequence() {
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> this.check.check(100, 42L,
				SequenceCheckTests::noTwoLargeSteps))
			.withMessageStartingWith("Sequence ")
			.withMessageContaining("failed (seed 42; rerun with -Dsignals.model.seed=42).")
			.withMessageContaining("Minimal failing sequence, 2 of ")
			.withMessageContaining("  1. step 10\n  2. step 10\nfails with: ")
			.withMessageNotContaining("  3. ");
	}

	@Test
	void shrinkerDropsChunksAndSingleActionsThenSimplifiesParameters() {
		List<Step> failing = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			failing.add(new Step((i % 7 == 0) ? 60 + i : i % 10));
		}
		Shrinker<Step> shrinker = new Shrinker<>(Step::simpler, 10_000);
		List<Step> minimal = shrinker.shrink(failing, (candidate) -> {
			try {
				noTwoLargeSteps(candidate);
				return false;
			}
			catch (AssertionError ex) {
				return true;
			}
		});
		assertThat(minimal).containsExactly(new Step(10), new Step(10));
		assertThat(shrinker.runs()).isLessThan(1_000);
	}

	@Test
	void shrinkerStopsWhenItsBudgetIsSpent() {
		AtomicInteger runs = new AtomicInteger();
		List<Step> failing = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			failing.add(new Step(50));
		}
		Shrinker<Step> shrinker = new Shrinker<>(Step::simpler, 5);
		List<Step> result = shrinker.shrink(failing, (candidate) -> {
			runs.incrementAndGet();
			return candidate.size() >= 10;
		});
		assertThat(runs).hasValue(5);
		assertThat(shrinker.runs()).isEqualTo(5);
		assertThat(result).hasSizeGreaterThanOrEqualTo(10);
	}

	@Test
	void passingPropertyRunsEveryTryOnReproducibleSequences() {
		List<List<Step>> first = new ArrayList<>();
		List<List<Step>> second = new ArrayList<>();
		this.check.check(300, 7L, first::add);
		this.check.check(300, 7L, second::add);
		assertThat(first).hasSize(300).isEqualTo(second);
		assertThat(first).anyMatch(List::isEmpty).anyMatch((steps) -> steps.size() == 40);
	}

	@Test
	void seedComesFromTheSystemPropertyOrTheDefault() {
		String previous = System.getProperty(SequenceCheck.SEED_PROPERTY);
		try {
			System.clearProperty(SequenceCheck.SEED_PROPERTY);
			assertThat(SequenceCheck.seed()).isEqualTo(SequenceCheck.DEFAULT_SEED);
			System.setProperty(SequenceCheck.SEED_PROPERTY, "123");
			assertThat(SequenceCheck.seed()).isEqualTo(123L);
		}
		finally {
			if (previous != null) {
				System.setProperty(SequenceCheck.SEED_PROPERTY, previous);
			}
			else {
				System.clearProperty(SequenceCheck.SEED_PROPERTY);
			}
		}
	}

	record Step(int value) {

		/** Smaller values: 0, half, one less. */
		List<Step> simpler() {
			List<Step> simpler = new ArrayList<>();
			for (int candidate : new int[] { 0, this.value / 2, this.value - 1 }) {
				if (candidate >= 0 && candidate < this.value && !simpler.contains(new Step(candidate))) {
					simpler.add(new Step(candidate));
				}
			}
			return simpler;
		}

		@Override
		public String toString() {
			return "step " + this.value;
		}

	}

}
