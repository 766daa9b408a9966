package dev.signals.spring;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every property of the starter is documented: the configuration processor's metadata gives each
 * a description (so IDEs complete and explain it), and the properties reference lists it.
 */
class ConfigurationMetadataTests {

	private static final String METADATA = "META-INF/spring-configuration-metadata.json";

	private static final Path PROPERTIES = Path.of("..", "docs", "reference", "properties.md");

	@Test
	void everyPropertyHasADescription() throws IOException {
		List<JsonNode> properties = ownProperties();
		assertThat(properties).extracting((property) -> property.get("name").asString())
			.contains("signals.enabled", "signals.metrics.enabled", "management.endpoint.signals.access");
		assertThat(properties).allSatisfy((property) -> assertThat(property.path("description").asString(""))
			.as("description of %s", property.get("name").asString())
			.isNotBlank());
	}

	@Test
	void everyBooleanPropertyHasADefault() throws IOException {
		assertThat(ownProperties()).filteredOn((property) -> "java.lang.Boolean".equals(property.path("type").asString("")))
			.allSatisfy((property) -> assertThat(property.has("defaultValue"))
				.as("default of %s", property.get("name").asString())
				.isTrue());
	}

	@Test
	void propertiesReferenceListsEverySignalsProperty() throws IOException {
		String reference = Files.readString(PROPERTIES);
		String table = reference.substring(reference.indexOf("| property | default | meaning |"));
		assertThat(ownProperties()).extracting((property) -> property.get("name").asString())
			.filteredOn((name) -> name.startsWith("signals."))
			.allSatisfy((name) -> assertThat(table).as("properties reference table").contains("| `" + name + "` |"));
	}

	/** @return the properties of this starter's metadata: signals.* and its endpoint's management ones */
	private static List<JsonNode> ownProperties() throws IOException {
		JsonMapper mapper = JsonMapper.builder().build();
		List<JsonNode> properties = new ArrayList<>();
		for (URL url : Collections.list(ConfigurationMetadataTests.class.getClassLoader().getResources(METADATA))) {
			try (InputStream in = url.openStream()) {
				for (JsonNode property : mapper.readTree(in).path("properties")) {
					String name = property.get("name").asString();
					if (name.startsWith("signals.") || name.startsWith("management.endpoint.signals.")) {
						properties.add(property);
					}
				}
			}
		}
		assertThat(properties).as("signals properties in " + METADATA).isNotEmpty();
		return properties;
	}

}
