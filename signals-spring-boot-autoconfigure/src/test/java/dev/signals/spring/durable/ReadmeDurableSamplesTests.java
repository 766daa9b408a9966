package dev.signals.spring.durable;

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
 * Every Java sample of the README's "Durable signals and Kafka" section is an excerpt of this
 * module's tests, line for line in order, so that each compiles and is exercised.
 */
class ReadmeDurableSamplesTests {

	private static final Path README = Path.of("..", "README.md");

	private static final Path TESTS = Path.of("src", "test", "java", "dev", "signals", "spring");

	private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);

	@Test
	void everyJavaSampleOfTheSectionIsAnExcerptOfATest() throws IOException {
		String readme = Files.readString(README);
		String section = readme.substring(readme.indexOf("<!-- durable -->"), readme.indexOf("<!-- durable-end -->"));
		List<String> samples = new ArrayList<>();
		Matcher block = JAVA_BLOCK.matcher(section);
		while (block.find()) {
			samples.add(block.group(1));
		}
		assertThat(samples).hasSize(4);
		List<List<String>> sources = new ArrayList<>();
		try (Stream<Path> files = Stream.concat(Files.walk(TESTS.resolve("durable")), Files.walk(TESTS.resolve("kafka")))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				sources.add(lines(Files.readString(file)));
			}
		}
		for (String sample : samples) {
			assertThat(sources).as("a test containing%n%s", sample)
				.anySatisfy((source) -> assertThat(source).containsSubsequence(lines(sample)));
		}
	}

	/** The code's lines without indentation and blank lines. */
	private static List<String> lines(String code) {
		return code.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

}
