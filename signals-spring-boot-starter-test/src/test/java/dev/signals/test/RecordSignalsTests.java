package dev.signals.test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import dev.signals.NoSuchSignalException;
import dev.signals.Signal;
import dev.signals.SignalRegistry;
import dev.signals.test.TestApplication.Order;
import dev.signals.test.TestApplication.OrderService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static dev.signals.spring.jpa.ModelSignals.POST_SAVE;
import static dev.signals.spring.jpa.ModelSignals.PRE_SAVE;
import static dev.signals.test.SignalsAssertions.assertThat;
import static dev.signals.test.TestApplication.ORDER_PLACED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = TestApplication.class)
@RecordSignals
class RecordSignalsTests {

	@Autowired
	private OrderService orders;

	@Autowired
	private SignalRegistry registry;

	@Autowired
	private RecordedSignals injected;

	@BeforeEach
	void sendDuringSetUp(RecordedSignals recorded) {
		this.registry.get(ORDER_PLACED).send("set-up");
		assertThat(recorded.names()).containsExactly(ORDER_PLACED);
		recorded.clear();
	}

	@Test
	void signalsSentDuringTheTestAreRecordedInSendOrder(RecordedSignals recorded) {
		Order order = new Order(1, true);
		this.orders.place(order);
		assertThat(recorded.names()).containsExactly(PRE_SAVE, POST_SAVE, ORDER_PLACED);
		RecordedSignal saved = recorded.of(POST_SAVE).get(0);
		assertThat(saved.sender()).isEqualTo(Order.class);
		assertThat(saved.arguments()).containsExactly(entry("instance", order), entry("created", true),
				entry("raw", false));
		assertThat(recorded.of(ORDER_PLACED).get(0).sender()).isSameAs(this.orders);
		assertThat(recorded).sent(POST_SAVE).from(Order.class).withArgument("created", true).once()
			.sent(ORDER_PLACED).withArgument("express", true).once()
			.sentInOrder(PRE_SAVE, POST_SAVE, ORDER_PLACED);
	}

	@Test
	void anAutowiredFieldReadsTheCurrentTestsRecording(RecordedSignals recorded) {
		this.orders.place(new Order(2, false));
		assertThat(this.injected.all()).hasSize(3).isEqualTo(recorded.all());
		this.injected.clear();
		assertThat(recorded.all()).isEmpty();
	}

	@Test
	void sendsOnOtherThreadsAreAllRecorded(RecordedSignals recorded) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(8);
		try {
			List<CompletableFuture<Void>> sends = IntStream.range(0, 400)
				.mapToObj((i) -> CompletableFuture.runAsync(() -> this.orders.place(new Order(i, false)), executor))
				.toList();
			CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get();
		}
		finally {
			executor.shutdown();
		}
		assertThat(recorded).sent(PRE_SAVE).times(400).sent(POST_SAVE).times(400).sent(ORDER_PLACED).times(400);
		assertThat(recorded.of(ORDER_PLACED)).extracting((send) -> send.get("order", Order.class).id())
			.doesNotHaveDuplicates();
	}

	@Test
	void anAsynchronousSendCanBeAwaitedFromAnotherThread() {
		CompletableFuture.runAsync(() -> this.orders.place(new Order(3, true)));
		// Awaitility polls on its own thread: the field still reads this test's recording
		await().untilAsserted(() -> assertThat(this.injected).sent(ORDER_PLACED).once());
	}

	@Test
	void anUnknownSignalNameFailsNamingTheClosestOne(RecordedSignals recorded) {
		assertThatIllegalArgumentException().isThrownBy(() -> recorded.of("order_placd"))
			.isInstanceOf(NoSuchSignalException.class)
			.withMessageContaining("did you mean 'order_placed'");
	}

	@Test
	void aSignalRegisteredDuringTheTestIsNotRecordedAndTheRecordingSaysSo(RecordedSignals recorded) {
		Signal late = this.registry.define("registered_late");
		try {
			late.send(this);
			assertThatIllegalArgumentException().isThrownBy(() -> recorded.of("registered_late"))
				.withMessageContaining("registered after recording started");
		}
		finally {
			this.registry.unregister(late);
		}
	}

	@Nested
	class InANestedClass {

		@Test
		void signalsAreRecordedToo(RecordedSignals recorded) {
			RecordSignalsTests.this.orders.place(new Order(4, false));
			assertThat(recorded).sent(ORDER_PLACED).from(RecordSignalsTests.this.orders).once();
		}

	}

	private static java.util.Map.Entry<String, Object> entry(String key, Object value) {
		return java.util.Map.entry(key, value);
	}

}
