package dev.signals.spring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.signals.Signal;
import dev.signals.autoconfigure.BuiltInSignals;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Django reference's table of Django's built-in signals lists every one of them with its status here,
 * and the signals the project defines are those it says are sent.
 */
class DjangoMappingTests {

	private static final Path MAPPING = Path.of("..", "docs", "reference", "django.md");

	/** Django's built-in signals, from its signals reference: models, management, requests, tests, databases. */
	private static final List<String> DJANGO = List.of("pre_init", "post_init", "pre_save", "post_save", "pre_delete",
			"post_delete", "m2m_changed", "class_prepared", "pre_migrate", "post_migrate", "request_started",
			"request_finished", "got_request_exception", "setting_changed", "template_rendered", "connection_created");

	private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)[^|]*\\| (sent|sent differently|not applicable) \\|",
			Pattern.MULTILINE);

	@Test
	void everyDjangoBuiltInSignalHasAStatus() throws IOException {
		assertThat(statuses()).containsOnlyKeys(DJANGO);
	}

	@Test
	void theBuiltInSignalsHereAreTheOnesSentAndNoOther() throws IOException {
		Map<String, String> statuses = statuses();
		List<String> sent = statuses.keySet().stream().filter((name) -> !"not applicable".equals(statuses.get(name))).toList();
		List<String> defined = BuiltInSignals.definitions().stream().map(Signal::name).toList();
		assertThat(defined).containsExactlyInAnyOrderElementsOf(sent);
	}

	/** @return the status of each Django signal the table lists, a row of two signals giving both */
	private static Map<String, String> statuses() throws IOException {
		String mapping = Files.readString(MAPPING);
		String table = mapping.substring(mapping.indexOf("Every built-in signal of Django"),
				mapping.indexOf("And where the rest of Django's signal behaviour stands"));
		Map<String, String> statuses = new LinkedHashMap<>();
		Matcher row = ROW.matcher(table);
		while (row.find()) {
			String line = table.substring(row.start(), table.indexOf('|', row.start() + 1));
			Matcher names = Pattern.compile("`(\\w+)").matcher(line);
			while (names.find()) {
				statuses.put(names.group(1), row.group(2));
			}
		}
		return statuses;
	}

}
