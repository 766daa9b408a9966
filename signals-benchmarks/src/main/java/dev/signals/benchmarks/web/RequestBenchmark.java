package dev.signals.benchmarks.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

import dev.signals.benchmarks.ProcessCpu;
import dev.signals.spring.web.RequestSignalsFilter;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Integration scenario "a trivial MVC endpoint": requests per second, each one HTTP/1.1 GET over a
 * kept-alive loopback connection to a Spring MVC endpoint on Tomcat (random port). Modes:
 * {@code without} is the application with {@code signals.enabled=false}; {@code starter} has the
 * request signals bridged and no receiver (target: at most 3% fewer requests per second).
 * Client and server share the process, so it also counts the process's CPU time per request
 * ({@link ProcessCpu}): on a saturated machine requests per second are its inverse.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class RequestBenchmark {

	/** Whether signals take part. */
	@Param({ "without", "starter" })
	public String mode = "without";

	private @Nullable ConfigurableApplicationContext context;

	private @Nullable HttpClient client;

	private @Nullable HttpRequest request;

	/**
	 * Starts the application in the chosen mode, checks that the mode is what it claims and that
	 * the endpoint answers.
	 * @throws Exception when the first request fails
	 */
	@Setup
	public void setUp() throws Exception {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(WebApplication.class)
			.properties("spring.main.banner-mode=off", "server.port=0", "server.address=127.0.0.1",
					"signals.enabled=" + !"without".equals(this.mode))
			.run();
		this.context = context;
		boolean bridged = context.getBeansOfType(FilterRegistrationBean.class)
			.values()
			.stream()
			.anyMatch((registration) -> registration.getFilter() instanceof RequestSignalsFilter);
		if (bridged == "without".equals(this.mode)) {
			throw new IllegalStateException("Mode " + this.mode + " but the request signals filter is "
					+ (bridged ? "registered" : "missing"));
		}
		String port = context.getEnvironment().getRequiredProperty("local.server.port");
		this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		this.request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ping")).GET().build();
		HttpResponse<String> response = this.client.send(this.request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200 || !"pong".equals(response.body())) {
			throw new IllegalStateException("GET /ping answered " + response.statusCode() + " " + response.body());
		}
	}

	/** Closes the application. */
	@TearDown
	public void tearDown() {
		if (this.context != null) {
			this.context.close();
		}
	}

	/**
	 * One request.
	 * @param cpu counts the process's CPU time per request
	 * @return the status code
	 * @throws IOException when the request fails
	 * @throws InterruptedException when interrupted
	 */
	@Benchmark
	public int get(ProcessCpu cpu) throws IOException, InterruptedException {
		int status = this.client.send(this.request, HttpResponse.BodyHandlers.discarding()).statusCode();
		cpu.operationDone();
		return status;
	}

	/**
	 * Runs this benchmark alone.
	 * @param args ignored
	 * @throws RunnerException when JMH fails
	 */
	public static void main(String[] args) throws RunnerException {
		new Runner(new OptionsBuilder().include(RequestBenchmark.class.getName()).addProfiler("gc").build()).run();
	}

}
