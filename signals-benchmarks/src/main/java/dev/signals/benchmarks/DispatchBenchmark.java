package dev.signals.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.signals.Response;
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

/**
 * One dispatch scenario, measured for every contender in the same run: a given number of
 * receivers for the sending sender, and a given number for other senders that the send must skip.
 * Each concrete subclass is one scenario. Every receiver does the same work, consuming the order
 * into the blackhole; events, arguments and payloads are built once in {@link #setUp(Blackhole)}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(2)
public abstract class DispatchBenchmark {

	private final int matching;

	private final int others;

	private DirectReceiver[] direct = new DirectReceiver[0];

	private List<DirectReceiver> list = List.of();

	private Order order = new Order(0);

	private SignalsContender signals;

	private SpringContender spring;

	private GuavaContender guava;

	/**
	 * Creates the scenario.
	 * @param matching how many receivers the send calls
	 * @param others how many receivers are connected for other senders
	 */
	protected DispatchBenchmark(int matching, int others) {
		this.matching = matching;
		this.others = others;
	}

	/**
	 * Connects the receivers of every contender.
	 * @param blackhole where receivers put what they receive
	 */
	@Setup
	public void setUp(Blackhole blackhole) {
		this.order = new Order(42);
		this.direct = new DirectReceiver[this.matching];
		List<DirectReceiver> list = new ArrayList<>();
		for (int i = 0; i < this.matching; i++) {
			this.direct[i] = DirectReceiver.consuming(blackhole);
			list.add(this.direct[i]);
		}
		this.list = list;
		this.signals = new SignalsContender(blackhole, this.order, this.matching, this.others);
		this.spring = new SpringContender(blackhole, this.order, this.matching, this.others);
		this.guava = new GuavaContender(blackhole, this.order, this.matching, this.others);
	}

	/** Closes the Spring context. */
	@TearDown
	public void tearDown() {
		this.spring.close();
	}

	/** The floor: each matching receiver called through its interface from an array. */
	@Benchmark
	public void direct() {
		DirectReceiver[] receivers = this.direct;
		Order order = this.order;
		for (int i = 0; i < receivers.length; i++) {
			receivers[i].onShipped(order);
		}
	}

	/** A plain loop over a list of the matching receivers. */
	@Benchmark
	public void loop() {
		Order order = this.order;
		for (DirectReceiver receiver : this.list) {
			receiver.onShipped(order);
		}
	}

	/**
	 * A plain loop over a list of the signals-core receivers themselves, each given the event a
	 * send gives it: the receivers' own work, so that {@link #signals()} minus this is the
	 * dispatcher's cost.
	 * @throws Exception never: the receivers do not fail
	 */
	@Benchmark
	public void receiversLoop() throws Exception {
		this.signals.loopOverReceivers();
	}

	/**
	 * {@code Signal.send}.
	 * @return the responses
	 */
	@Benchmark
	public List<Response> signals() {
		return this.signals.send();
	}

	/** Spring's {@code ApplicationEventPublisher.publishEvent} with {@code @EventListener} beans. */
	@Benchmark
	public void spring() {
		this.spring.publish();
	}

	/** Guava's {@code EventBus.post} with {@code @Subscribe} methods. */
	@Benchmark
	public void guava() {
		this.guava.post();
	}

	SignalsContender signalsContender() {
		return this.signals;
	}

}
