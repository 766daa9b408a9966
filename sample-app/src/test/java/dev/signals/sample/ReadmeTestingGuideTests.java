package dev.signals.sample;

import java.io.IOException;
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
 * The test classes the README's testing guide shows are this module's tests, line for line (an
 * excerpt keeps their order), so that every one of them compiles and passes.
 */
class ReadmeTestingGuideTests {

	private static final Path README = Path.of("..", "README.md");

	private static final Path TESTS = Path.of("src", "test", "java");

	private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);

	private static final Pattern CLASS_NAME = Pattern.compile("\\bclass (\\w+)");

	@Test
	void everyTestClassOfTheGuideIsATestOfTheSampleApp() throws IOException {
		String readme = Files.readString(README);
		String guide = readme.substring(readme.indexOf("<!-- testing -->"), readme.indexOf("<!-- jpa -->"));
		List<String> samples = new ArrayList<>();
		Matcher block = JAVA_BLOCK.matcher(guide);
		while (block.find()) {
			if (CLASS_NAME.matcher(block.group(1)).find()) {
				samples.add(block.group(1));
			}
		}
		assertThat(samples).hasSize(3);
		for (String sample : samples) {
			Matcher name = CLASS_NAME.matcher(sample);
			name.find();
			assertThat(lines(source(name.group(1)))).as(name.group(1)).containsSubsequence(lines(sample));
		}
	}

	private static String source(String className) throws IOException {
		try (Stream<Path> files = Files.walk(TESTS)) {
			Path file = files.filter((path) -> path.getFileName().toString().equals(className + ".java"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("The guide shows " + className + ", which is no test here"));
			return Files.readString(file);
		}
	}

	/** The code's lines without indentation, blank lines and end-of-line comments. */
	private static List<String> lines(String code) {
		return code.lines().map((line) -> line.replaceFirst("\\s+// .*$", "").strip()).filter((line) -> !line.isEmpty()).toList();
	}

}
