package dev.signals.spring.durable;

import java.io.IOException;
import java.util.List;

import dev.signals.spring.ReadmeSamples;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Java sample of the durable signals and Kafka guide is an excerpt of this
 * module's tests, line for line in order, so that each compiles and is exercised.
 */
class ReadmeDurableSamplesTests {

	@Test
	void everyJavaSampleOfTheSectionIsAnExcerptOfATest() throws IOException {
		List<String> samples = ReadmeSamples.between("docs/guides/durable.md", "<!-- durable -->", "<!-- durable-end -->");
		assertThat(samples).hasSize(4);
		ReadmeSamples.assertExcerptsOfTests(samples, "durable", "kafka");
	}

}
