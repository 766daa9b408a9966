package dev.signals.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The code the guides show is the project's own, line for line (an excerpt keeps their order), so
 * that every piece of it compiles and runs: the test classes of the testing guide are this
 * module's tests, and the receivers and beans of the database signals guide are this
 * application's code or the auto-configuration's tests.
 */
class ReadmeTestingGuideTests {

	private static final Path GUIDES = Path.of("..", "docs", "guides");

	private static final Path TESTS = Path.of("src", "test", "java");

	private static final Path APPLICATION = Path.of("src", "main", "java");

	private static final Path STARTER_TESTS = Path.of("..", "signals-spring-boot-autoconfigure", "src", "test", "java");

	private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);

	private static final Pattern CLASS_NAME = Pattern.compile("\\bclass (\\w+)");

	@Test
	void everyTestClassOfTheGuideIsATestOfTheSampleApp() throws IOException {
		List<String> samples = samples("testing.md", "<!-- testing -->").stream()
			.filter((sample) -> CLASS_NAME.matcher(sample).find())
			.toList();
		assertThat(samples).hasSize(3);
		samples.forEach((sample) -> assertIsCodeOf(sample, List.of(TESTS)));
	}

	@Test
	void everySampleOfTheDatabaseSignalsIsCodeOfTheProject() throws IOException {
		List<String> samples = samples("database.md", "<!-- db -->");
		assertThat(samples).hasSize(3);
		samples.forEach((sample) -> assertIsCodeOf(sample, List.of(APPLICATION, STARTER_TESTS)));
	}

	/** The Java samples of a guide from a mark to its end. */
	private static List<String> samples(String guide, String from) throws IOException {
		String text = Files.readString(GUIDES.resolve(guide));
		int start = text.indexOf(from);
		assertThat(start).as("mark %s in %s", from, guide).isNotNegative();
		Matcher block = JAVA_BLOCK.matcher(text.substring(start));
		List<String> samples = new ArrayList<>();
		while (block.find()) {
			samples.add(block.group(1));
		}
		return samples;
	}

	/** The sample's lines are a subsequence of the file of the class it declares, else of some file. */
	private static void assertIsCodeOf(String sample, List<Path> roots) {
		Matcher name = CLASS_NAME.matcher(sample);
		String file = name.find() ? name.group(1) + ".java" : null;
		List<String> expected = lines(sample);
		List<Path> candidates = files(roots).stream()
			.filter((path) -> file == null || path.getFileName().toString().equals(file))
			.toList();
		assertThat(candidates).as("files for the guide's sample starting %s", expected.get(0)).isNotEmpty();
		assertThat(candidates).as("a file holding the guide's sample starting %s", expected.get(0))
			.anyMatch((path) -> isSubsequence(expected, lines(read(path))));
	}

	private static boolean isSubsequence(List<String> expected, List<String> actual) {
		int next = 0;
		for (String line : actual) {
			if (next < expected.size() && line.equals(expected.get(next))) {
				next++;
			}
		}
		return next == expected.size();
	}

	private static List<Path> files(List<Path> roots) {
		List<Path> files = new ArrayList<>();
		for (Path root : roots) {
			try (Stream<Path> walk = Files.walk(root)) {
				walk.filter((path) -> path.toString().endsWith(".java")).forEach(files::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return files;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The code's lines without indentation, blank lines and end-of-line comments. */
	private static List<String> lines(String code) {
		return code.lines().map((line) -> line.replaceFirst("\\s+// .*$", "").strip()).filter((line) -> !line.isEmpty()).toList();
	}

}
