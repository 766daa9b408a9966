package dev.signals.benchmarks.starter;

import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.signals.Arguments;
import dev.signals.Connect;
import dev.signals.Response;
import dev.signals.Signal;
import dev.signals.SignalRegistry;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.spring.Receiver;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Scenario "a {@code @Receiver} bean method bound by the starter": one send of a signal with the
 * arguments {@code (instance, created)} to a bean method {@code saved(Object instance, boolean
 * created)} that the starter connected, parameters bound by name, against the send of an identical
 * signal to a hand-written lambda receiver that reads the two arguments by position and calls the
 * same method on the same bean. Target: the bound method at most 2x the lambda. Both run in one real
 * application context with the starter's auto-configuration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ReceiverBindingBenchmark {

	static final String BOUND = "bench_bound";

	static final String LAMBDA = "bench_lambda";

	private @Nullable AnnotationConfigApplicationContext context;

	private Signal bound = Signal.of("unset");

	private Signal lambda = Signal.of("unset");

	private Arguments boundArguments = Signal.of("unset").arguments();

	private Arguments lambdaArguments = Signal.of("unset").arguments();

	private final Object sender = Item.class;

	/**
	 * Starts the context and connects the lambda receiver.
	 * @param blackhole where the receiver method puts what it receives
	 */
	@Setup
	public void setUp(Blackhole blackhole) {
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(Config.class);
		this.context = context;
		SavedListener listener = context.getBean(SavedListener.class);
		listener.blackhole = blackhole;
		SignalRegistry registry = context.getBean(SignalRegistry.class);
		this.bound = registry.get(BOUND);
		this.lambda = registry.get(LAMBDA);
		int instance = this.lambda.indexOf("instance");
		int created = this.lambda.indexOf("created");
		this.lambda.connect((event) -> {
			listener.saved(event.arguments().get(instance), (Boolean) event.arguments().get(created));
			return null;
		}, Connect.anySender());
		Item item = new Item(42);
		this.boundArguments = this.bound.arguments("instance", item, "created", true);
		this.lambdaArguments = this.lambda.arguments("instance", item, "created", true);
		check(this.bound, this.lambda);
	}

	private static void check(Signal... signals) {
		for (Signal signal : signals) {
			if (signal.receivers().size() != 1) {
				throw new IllegalStateException("Expected one receiver of " + signal + " but found " + signal.receivers());
			}
		}
	}

	/** Closes the context. */
	@TearDown
	public void tearDown() {
		if (this.context != null) {
			this.context.close();
		}
	}

	/**
	 * The starter's {@code @Receiver} method.
	 * @return the responses
	 */
	@Benchmark
	public List<Response> receiverMethod() {
		return this.bound.send(this.sender, this.boundArguments);
	}

	/**
	 * A lambda receiver calling the same method.
	 * @return the responses
	 */
	@Benchmark
	public List<Response> lambda() {
		return this.lambda.send(this.sender, this.lambdaArguments);
	}

	/**
	 * Runs this benchmark alone.
	 * @param args ignored
	 * @throws RunnerException when JMH fails
	 */
	public static void main(String[] args) throws RunnerException {
		new Runner(new OptionsBuilder().include(ReceiverBindingBenchmark.class.getName()).addProfiler("gc").build())
			.run();
	}

	/** The sender and the instance of the sends. */
	record Item(int id) {
	}

	/** The application: the starter's auto-configuration, two identical signals and the listener bean. */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(SignalsAutoConfiguration.class)
	static class Config {

		@Bean
		Signal boundSignal() {
			return Signal.of(BOUND, "instance", "created");
		}

		@Bean
		Signal lambdaSignal() {
			return Signal.of(LAMBDA, "instance", "created");
		}

		@Bean
		SavedListener savedListener() {
			return new SavedListener();
		}

	}

	/** A bean with a receiver method whose parameters the starter binds by name. */
	public static class SavedListener {

		@Nullable Blackhole blackhole;

		/**
		 * Consumes both arguments.
		 * @param instance the instance argument
		 * @param created the created argument
		 */
		@Receiver(signal = BOUND)
		public void saved(Object instance, boolean created) {
			Blackhole blackhole = this.blackhole;
			if (blackhole != null) {
				blackhole.consume(instance);
				blackhole.consume(created);
			}
		}

	}

}
