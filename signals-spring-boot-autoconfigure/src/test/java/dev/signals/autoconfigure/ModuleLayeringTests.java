package dev.signals.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules read top-down: core, then Spring, then the bridges, then the auto-configuration,
 * the starter and its test support, then the applications. Read from the POMs, so that a
 * dependency against the grain fails the build.
 */
class ModuleLayeringTests {

	private static final Path ROOT = Path.of("..");

	/** Each module's layer; a module depends only on modules of lower layers. */
	private static final Map<String, Integer> LAYERS = Map.ofEntries(Map.entry("signals-core", 0),
			Map.entry("signals-spring", 1), Map.entry("signals-jpa", 2), Map.entry("signals-web", 2),
			Map.entry("signals-db", 2), Map.entry("signals-durable", 3), Map.entry("signals-kafka", 4),
			Map.entry("signals-spring-boot-autoconfigure", 5), Map.entry("signals-spring-boot-starter", 6),
			Map.entry("signals-spring-boot-starter-test", 7), Map.entry("sample-app", 8),
			Map.entry("signals-benchmarks", 8));

	@Test
	void everyModuleHasALayer() throws Exception {
		assertThat(modules()).containsExactlyInAnyOrderElementsOf(LAYERS.keySet());
	}

	@Test
	void everyModuleDependsOnlyOnModulesBelowIt() throws Exception {
		List<String> againstTheGrain = new ArrayList<>();
		for (String module : modules()) {
			for (Dependency dependency : dependencies(module)) {
				if (dependency.groupId().equals("dev.signals")
						&& LAYERS.get(dependency.artifactId()) >= LAYERS.get(module)) {
					againstTheGrain.add(module + " -> " + dependency.artifactId());
				}
			}
		}
		assertThat(againstTheGrain).isEmpty();
	}

	@Test
	void coreNeedsNothingButSlf4jAtRunTime() throws Exception {
		assertThat(dependencies("signals-core").stream()
			.filter((dependency) -> dependency.scope().equals("compile") || dependency.scope().equals("runtime"))
			.map(Dependency::artifactId)).containsExactly("slf4j-api");
	}

	@Test
	void onlyTheAutoConfigurationModuleDependsOnSpringBootAutoConfigure() throws Exception {
		List<String> users = new ArrayList<>();
		for (String module : modules()) {
			if (LAYERS.get(module) < LAYERS.get("signals-spring-boot-autoconfigure") && dependencies(module).stream()
				.anyMatch((dependency) -> dependency.artifactId().equals("spring-boot-autoconfigure"))) {
				users.add(module);
			}
		}
		assertThat(users).isEmpty();
	}

	@Test
	void theStarterHasNoCodeOfItsOwn() throws Exception {
		Path sources = ROOT.resolve("signals-spring-boot-starter/src");
		if (Files.exists(sources)) {
			try (var files = Files.walk(sources)) {
				assertThat(files.filter(Files::isRegularFile)).isEmpty();
			}
		}
	}

	private static List<String> modules() throws Exception {
		NodeList modules = parse(ROOT.resolve("pom.xml")).getElementsByTagName("module");
		List<String> names = new ArrayList<>();
		for (int i = 0; i < modules.getLength(); i++) {
			names.add(modules.item(i).getTextContent().trim());
		}
		return names;
	}

	private static List<Dependency> dependencies(String module) throws Exception {
		Document pom = parse(ROOT.resolve(module).resolve("pom.xml"));
		Element project = pom.getDocumentElement();
		List<Dependency> dependencies = new ArrayList<>();
		for (Element section : children(project, "dependencies")) {
			for (Element dependency : children(section, "dependency")) {
				dependencies.add(new Dependency(text(dependency, "groupId", ""), text(dependency, "artifactId", ""),
						text(dependency, "scope", "compile")));
			}
		}
		return dependencies;
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> children = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
				children.add(element);
			}
		}
		return children;
	}

	private static String text(Element parent, String name, String absent) {
		List<Element> found = children(parent, name);
		return found.isEmpty() ? absent : found.get(0).getTextContent().trim();
	}

	private static Document parse(Path pom) throws Exception {
		assertThat(pom).exists();
		try (var in = Files.newInputStream(pom)) {
			return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
		}
	}

	private record Dependency(String groupId, String artifactId, String scope) {
	}

}
