package dev.signals.test;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.signals.Connection;
import dev.signals.NoSuchSignalException;
import dev.signals.Response;
import dev.signals.Signal;
import dev.signals.SignalEvent;
import dev.signals.SignalReceiver;
import dev.signals.SignalRegistry;
import dev.signals.test.TestApplication.AuditTrail;
import dev.signals.test.TestApplication.Order;
import dev.signals.test.TestApplication.OrderService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static dev.signals.spring.jpa.ModelSignals.POST_SAVE;
import static dev.signals.spring.jpa.ModelSignals.PRE_SAVE;
import static dev.signals.test.TestApplication.ORDER_PLACED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@SpringBootTest(classes = TestApplication.class)
class SignalsTestingTests {

	@Autowired
	private SignalRegistry registry;

	@Autowired
	private OrderService orders;

	@Autowired
	private AuditTrail audit;

	@BeforeEach
	void forgetAudit() {
		this.audit.forget();
	}

	@Test
	void aMutedBlockSilencesTheSignalsAndLiftsTheMuteAfterIt() {
		SignalsTesting.muted(this.registry, () -> {
			assertThat(this.registry.get(POST_SAVE).isMuted()).isTrue();
			this.orders.place(new Order(1, false));
		}, POST_SAVE, ORDER_PLACED);
		assertThat(this.audit.heard()).containsExactly(PRE_SAVE);
		assertThat(this.registry.get(POST_SAVE).isMuted()).isFalse();
		assertThat(this.registry.get(ORDER_PLACED).isMuted()).isFalse();
	}

	@Test
	void aMutedBlockThatThrowsLiftsTheMuteAndRethrowsTheCheckedException() {
		assertThatIOException().isThrownBy(() -> SignalsTesting.muted(this.registry, () -> {
			throw new IOException("disk full");
		}, POST_SAVE)).withMessage("disk full");
		assertThat(this.registry.get(POST_SAVE).isMuted()).isFalse();
	}

	@Test
	void aMuteHandleLiftsTheMuteWhenClosed() {
		try (Signal.Muting muting = SignalsTesting.mute(this.registry, POST_SAVE, POST_SAVE)) {
			assertThat(this.registry.get(POST_SAVE).isMuted()).isTrue();
		}
		assertThat(this.registry.get(POST_SAVE).isMuted()).isFalse();
	}

	@Test
	void aMuteOfAnUnknownSignalNamesTheClosestAndMutesNothing() {
		assertThatIllegalArgumentException().isThrownBy(() -> SignalsTesting.mute(this.registry, POST_SAVE, "pre_sav"))
			.isInstanceOf(NoSuchSignalException.class)
			.withMessageContaining("did you mean 'pre_save'");
		assertThat(this.registry.get(POST_SAVE).isMuted()).isFalse();
	}

	@Test
	void aMuteWithoutSignalNamesSaysWhatToDo() {
		assertThatIllegalArgumentException().isThrownBy(() -> SignalsTesting.mute(this.registry))
			.withMessageContaining("Name at least one signal");
	}

	@Test
	void aTemporaryReceiverHearsSendsUntilClosed() {
		List<SignalEvent> heard = new CopyOnWriteArrayList<>();
		int before = this.registry.get(ORDER_PLACED).receivers().size();
		try (Connection connection = SignalsTesting.receive(this.registry, ORDER_PLACED, heard::add)) {
			assertThat(connection.isConnected()).isTrue();
			this.orders.place(new Order(1, true));
		}
		this.orders.place(new Order(2, true));
		assertThat(heard).singleElement().satisfies((event) -> assertThat(event.get("express")).isEqualTo(true));
		assertThat(this.registry.get(ORDER_PLACED).receivers()).hasSize(before);
	}

	@Test
	void aTemporaryReceiverForOneSenderIgnoresOtherSenders() {
		List<Object> senders = new CopyOnWriteArrayList<>();
		try (Connection connection = SignalsTesting.receive(this.registry, POST_SAVE, Order.class,
				(event) -> senders.add(event.sender()))) {
			this.registry.get(POST_SAVE).send(String.class);
			this.orders.place(new Order(1, false));
		}
		assertThat(senders).containsExactly(Order.class);
	}

	@Test
	void aReceiverAlreadyConnectedCannotBeConnectedAgainAsATemporaryOne() {
		SignalReceiver receiver = (event) -> null;
		try (Connection connection = SignalsTesting.receive(this.registry, POST_SAVE, receiver)) {
			assertThatIllegalStateException()
				.isThrownBy(() -> SignalsTesting.receive(this.registry, POST_SAVE, receiver))
				.withMessageContaining("already connected to signal 'post_save' for any sender");
			assertThat(connection.isConnected()).isTrue();
		}
	}

	@Test
	void aTemporaryReceiverOfAnUnknownSignalNamesTheClosest() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SignalsTesting.receive(this.registry, "post_saved", (event) -> null))
			.withMessageContaining("did you mean 'post_save'");
	}

	@Test
	void aRecorderWorksWithoutSpringAndStopsWhenClosed() {
		Signal shipped = Signal.of("order_shipped", "order");
		SignalRecorder recorder = SignalsTesting.record(shipped);
		shipped.send(this, shipped.arguments("order", 1));
		recorder.close();
		shipped.send(this, shipped.arguments("order", 2));
		assertThat(recorder.isRecording()).isFalse();
		assertThat(recorder.all()).singleElement().satisfies((send) -> assertThat(send.get("order")).isEqualTo(1));
		assertThat(shipped.receivers()).isEmpty();
	}

	@Test
	void aSendUnderWayWhenTheRecorderClosesIsNotRecorded() throws Exception {
		Signal shipped = Signal.of("order_shipped");
		CountDownLatch inFirstReceiver = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		shipped.connect((event) -> {
			inFirstReceiver.countDown();
			release.await();
			return null;
		});
		SignalRecorder recorder = SignalsTesting.record(shipped);
		CompletableFuture<List<Response>> send = CompletableFuture.supplyAsync(() -> shipped.send(this));
		assertThat(inFirstReceiver.await(10, TimeUnit.SECONDS)).isTrue();
		recorder.close();
		release.countDown();
		assertThat(send.get(10, TimeUnit.SECONDS)).hasSize(2);
		assertThat(recorder.all()).isEmpty();
	}

	@Test
	void aRecorderOfUnrelatedSignalsRejectsOtherNames() {
		try (SignalRecorder recorder = SignalsTesting.record(Signal.of("order_shipped", "order"))) {
			assertThatIllegalArgumentException().isThrownBy(() -> recorder.of("order_shiped"))
				.withMessageContaining("did you mean 'order_shipped'");
		}
	}

}
