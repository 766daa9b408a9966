package dev.signals.test;

import dev.signals.SignalRegistry;
import dev.signals.test.TestApplication.AuditTrail;
import dev.signals.test.TestApplication.Order;
import dev.signals.test.TestApplication.OrderService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static dev.signals.spring.jpa.ModelSignals.POST_SAVE;
import static dev.signals.spring.jpa.ModelSignals.PRE_SAVE;
import static dev.signals.test.TestApplication.ORDER_PLACED;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = TestApplication.class)
@MuteSignals(ORDER_PLACED)
class MuteSignalsTests {

	@Autowired
	private SignalRegistry registry;

	@Autowired
	private OrderService orders;

	@Autowired
	private AuditTrail audit;

	@BeforeEach
	void classLevelMuteIsInForceDuringSetUp() {
		assertThat(this.registry.get(ORDER_PLACED).isMuted()).isTrue();
		this.audit.forget();
	}

	@AfterEach
	void classLevelMuteIsInForceDuringTearDown() {
		assertThat(this.registry.get(ORDER_PLACED).isMuted()).isTrue();
	}

	@Test
	void aClassLevelMuteSilencesTheSignalForEachTest() {
		this.orders.place(new Order(1, false));
		assertThat(this.audit.heard()).containsExactly(PRE_SAVE, POST_SAVE);
		assertThat(this.registry.get(ORDER_PLACED).hasListeners(this.orders)).isFalse();
	}

	@Test
	@MuteSignals(POST_SAVE)
	void aMethodLevelMuteAddsToTheClassLevelOne() {
		this.orders.place(new Order(2, false));
		assertThat(this.audit.heard()).containsExactly(PRE_SAVE);
		assertThat(this.registry.get(POST_SAVE).isMuted()).isTrue();
		assertThat(this.registry.get(PRE_SAVE).isMuted()).isFalse();
	}

}
