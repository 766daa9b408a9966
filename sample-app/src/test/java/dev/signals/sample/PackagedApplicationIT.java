package dev.signals.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Starts the packaged application in a process of its own, as it is deployed, and drives it over
 * HTTP: a new order gets its reference from the {@code post_save} receiver, {@code request_finished}
 * records the request, and the endpoint lists the receiver. Each launch the build names in
 * {@code sample.launches} is tried: the JVM, the JVM on the AOT-processed contexts, a native image.
 * How long each took to start and how much memory it held after the requests is written to
 * {@code target/startup-<launch>.txt}, to be read side by side; nothing is asserted about them.
 */
class PackagedApplicationIT {

	private static final Pattern STARTED = Pattern.compile("Started SampleApplication in ([0-9.]+) seconds");

	private static final Duration STARTUP = Duration.ofSeconds(90);

	static List<Launch> launches() {
		return Arrays.stream(System.getProperty("sample.launches", "jvm").split(","))
			.map((name) -> Launch.valueOf(name.trim().toUpperCase()))
			.toList();
	}

	@ParameterizedTest
	@MethodSource("launches")
	void orderGetsItsReferenceAndEveryRequestIsRecorded(Launch launch) throws Exception {
		int port = freePort();
		List<String> command = new ArrayList<>(launch.command());
		command.addAll(List.of("--server.port=" + port, "--spring.main.banner-mode=off"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		List<String> output = new CopyOnWriteArrayList<>();
		Thread reader = new Thread(() -> read(process, output), "sample-output");
		reader.setDaemon(true);
		reader.start();
		try {
			String started = awaitStarted(process, output);
			RestClient http = RestClient.create("http://localhost:" + port);
			Map<String, Object> customer = http.post().uri("/customers")
				.body(Map.of("name", "Acme Ltd", "email", "acme@example.com"))
				.retrieve()
				.body(new ParameterizedTypeReference<>() {
				});
			Map<String, Object> order = http.post().uri("/orders")
				.body(Map.of("customerId", customer.get("id"), "description", "a teapot", "amount", 10))
				.retrieve()
				.body(new ParameterizedTypeReference<>() {
				});
			long id = ((Number) order.get("id")).longValue();
			assertThat(order.get("reference")).isEqualTo("ORD-%05d-ACMELTD".formatted(id));
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(http.get().uri("/requests").retrieve().body(String.class))
					.contains("\"method\":\"POST\",\"path\":\"/orders\",\"status\":201"));
			assertThat(http.get().uri("/actuator/signals/post_save").retrieve().body(String.class))
				.contains("ReferenceReceiver#myHandler");
			record(launch, started, residentKilobytes(process));
		}
		finally {
			process.destroy();
			process.waitFor();
			reader.join(5000);
		}
	}

	private static String awaitStarted(Process process, List<String> output) {
		return await("start within " + STARTUP).atMost(STARTUP).pollInterval(Duration.ofMillis(100)).until(() -> {
			assertThat(process.isAlive()).as("the application exited:%n%s", String.join("\n", output)).isTrue();
			for (String line : output) {
				Matcher matcher = STARTED.matcher(line);
				if (matcher.find()) {
					return matcher.group(1);
				}
			}
			return null;
		}, (started) -> started != null);
	}

	private static void read(Process process, List<String> output) {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				output.add(line);
			}
		}
		catch (IOException ex) {
			// closed when the process is stopped
		}
	}

	/** The resident memory of the process, from Linux's {@code /proc}; -1 elsewhere. */
	private static long residentKilobytes(Process process) throws IOException {
		Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
		if (!Files.isReadable(status)) {
			return -1;
		}
		return Files.readAllLines(status).stream()
			.filter((line) -> line.startsWith("VmRSS:"))
			.map((line) -> Long.parseLong(line.replaceAll("[^0-9]", "")))
			.findFirst()
			.orElse(-1L);
	}

	private static void record(Launch launch, String started, long kilobytes) throws IOException {
		String line = "%-6s started in %s s, resident memory after the requests %d MB%n".formatted(
				launch.name().toLowerCase(), started, kilobytes / 1024);
		System.out.print(line);
		Files.writeString(Path.of("target", "startup-" + launch.name().toLowerCase() + ".txt"), line,
				StandardCharsets.UTF_8);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** How the application is started. */
	enum Launch {

		/** The executable jar on the JVM. */
		JVM,

		/** The executable jar on the JVM, on the contexts generated ahead of time. */
		AOT,

		/** The native executable built by the {@code native} profile. */
		NATIVE;

		List<String> command() {
			String java = ProcessHandle.current().info().command().orElse("java");
			String jar = System.getProperty("sample.jar", "target/sample-app-0.1.0-SNAPSHOT.jar");
			return switch (this) {
				case JVM -> List.of(java, "-jar", jar);
				case AOT -> List.of(java, "-Dspring.aot.enabled=true", "-jar", jar);
				case NATIVE -> List.of(System.getProperty("sample.executable", "target/sample-app"));
			};
		}

	}

}
