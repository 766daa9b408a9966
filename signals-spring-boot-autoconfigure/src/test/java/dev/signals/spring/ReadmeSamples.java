package dev.signals.spring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java samples of a section of the README or of a file under docs/, and the check that each
 * is an excerpt of this module's tests, line for line in order, so that each compiles and is
 * exercised.
 */
public final class ReadmeSamples {

	private static final Path PROJECT = Path.of("..");

	private static final Path TESTS = Path.of("src", "test", "java", "dev", "signals", "spring");

	private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);

	private ReadmeSamples() {
	}

	/**
	 * The Java samples between two marks of a document.
	 * @param document the document's path in the project, {@code "docs/guides/durable.md"}
	 * @param from the text where the section starts
	 * @param to the text after its end
	 * @return the code of each {@code ```java} block, in order
	 * @throws IOException when the document cannot be read
	 */
	public static List<String> between(String document, String from, String to) throws IOException {
		String text = Files.readString(PROJECT.resolve(document));
		int start = text.indexOf(from);
		assertThat(start).as("mark %s in %s", from, document).isNotNegative();
		int end = text.indexOf(to, start);
		assertThat(end).as("mark %s in %s", to, document).isPositive();
		return samples(text.substring(start, end));
	}

	/**
	 * The Java samples of a document from a mark to its end.
	 * @param document the document's path in the project, {@code "docs/guides/jpa.md"}
	 * @param from the text where the section starts
	 * @return the code of each {@code ```java} block, in order
	 * @throws IOException when the document cannot be read
	 */
	public static List<String> after(String document, String from) throws IOException {
		String text = Files.readString(PROJECT.resolve(document));
		int start = text.indexOf(from);
		assertThat(start).as("mark %s in %s", from, document).isNotNegative();
		return samples(text.substring(start));
	}

	private static List<String> samples(String section) {
		List<String> samples = new ArrayList<>();
		Matcher block = JAVA_BLOCK.matcher(section);
		while (block.find()) {
			samples.add(block.group(1));
		}
		return samples;
	}

	/**
	 * Asserts that every sample is an excerpt of a test source below some packages.
	 * @param samples the samples
	 * @param packages the packages below {@code dev.signals.spring}, as folders ({@code "durable"})
	 * @throws IOException when a source cannot be read
	 */
	public static void assertExcerptsOfTests(List<String> samples, String... packages) throws IOException {
		List<List<String>> sources = new ArrayList<>();
		for (String folder : packages) {
			try (Stream<Path> files = Files.walk(TESTS.resolve(folder))) {
				for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
					sources.add(lines(Files.readString(file)));
				}
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
