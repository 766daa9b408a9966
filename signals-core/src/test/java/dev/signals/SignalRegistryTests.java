package dev.signals;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/** Point 12: a registry of signals by name, one per application. */
class SignalRegistryTests {

	private final SignalRegistry registry = new SignalRegistry();

	@Test
	void definedSignalIsFoundByName() {
		Signal shipped = this.registry.define("order_shipped", "order");
		assertThat(this.registry.get("order_shipped")).isSameAs(shipped);
		assertThat(this.registry.find("order_shipped")).containsSame(shipped);
		assertThat(this.registry.find("nope")).isEmpty();
		assertThat(this.registry.find(null)).isEmpty();
		assertThat(shipped.argumentNames()).containsExactly("order");
	}

	@Test
	void registeringTheSameSignalAgainDoesNothing() {
		Signal signal = Signal.of("s");
		assertThat(this.registry.register(signal)).isSameAs(signal);
		assertThat(this.registry.register(signal)).isSameAs(signal);
		assertThat(this.registry.signals()).containsExactly(signal);
	}

	@Test
	void anotherSignalWithATakenNameIsRejectedAndTheFirstStays() {
		Signal first = this.registry.define("s", "a");
		assertThatIllegalArgumentException().isThrownBy(() -> this.registry.define("s", "b"))
			.withMessage("A signal named 's' is already registered (Signal[s[a]]); give Signal[s[b]] another name");
		assertThat(this.registry.get("s")).isSameAs(first);
		assertThat(this.registry.signals()).containsExactly(first);
	}

	@Test
	void unknownNameFailsWithTheClosestMatchAndTheKnownNames() {
		SignalRegistry builtIns = SignalRegistry.withBuiltIns();
		assertThatExceptionOfType(NoSuchSignalException.class).isThrownBy(() -> builtIns.get("post_sav"))
			.withMessage("No signal named 'post_sav'; did you mean 'post_save'? Known signals: [post_init, pre_save, "
					+ "post_save, pre_delete, post_delete, m2m_changed, request_started, request_finished, "
					+ "got_request_exception, pre_migrate, post_migrate, connection_created]")
			.satisfies((ex) -> {
				assertThat(ex.getSignalName()).isEqualTo("post_sav");
				assertThat(ex.getClosestMatch()).isEqualTo("post_save");
				assertThat(ex.getKnownNames()).hasSize(12);
			});
		assertThatExceptionOfType(NoSuchSignalException.class).isThrownBy(() -> builtIns.get("PRE_DELETE"))
			.satisfies((ex) -> assertThat(ex.getClosestMatch()).isEqualTo("pre_delete"));
	}

	@Test
	void unknownNameWithNothingCloseListsTheKnownNamesOnly() {
		this.registry.define("order_shipped");
		assertThatExceptionOfType(NoSuchSignalException.class).isThrownBy(() -> this.registry.get("payment"))
			.withMessage("No signal named 'payment'. Known signals: [order_shipped]")
			.satisfies((ex) -> assertThat(ex.getClosestMatch()).isNull());
		assertThatExceptionOfType(NoSuchSignalException.class).isThrownBy(() -> new SignalRegistry().get("x"))
			.withMessage("No signal named 'x'. Known signals: []");
	}

	@Test
	void nullNameOrSignalIsRejected() {
		assertThatNullPointerException().isThrownBy(() -> this.registry.get(null))
			.withMessage("A signal name must not be null");
		this.registry.define("s");
		assertThatNullPointerException().isThrownBy(() -> this.registry.get(null))
			.withMessage("A signal name must not be null");
		assertThatNullPointerException().isThrownBy(() -> this.registry.register(null))
			.withMessage("Cannot register a null signal");
		assertThatNullPointerException().isThrownBy(() -> this.registry.unregister(null))
			.withMessage("Cannot unregister a null signal");
	}

	@Test
	void unregisterRemovesOnlyThatSignal() {
		Signal first = this.registry.define("a");
		Signal second = this.registry.define("b");
		assertThat(this.registry.unregister(Signal.of("a"))).isFalse();
		assertThat(this.registry.unregister(first)).isTrue();
		assertThat(this.registry.unregister(first)).isFalse();
		assertThat(this.registry.signals()).containsExactly(second);
		assertThat(this.registry.define("a")).isNotSameAs(first);
	}

	@Test
	void eachRegistryHasItsOwnBuiltInSignals() {
		SignalRegistry one = SignalRegistry.withBuiltIns();
		SignalRegistry two = SignalRegistry.withBuiltIns();
		Recorder recorder = new Recorder();
		one.get(Signals.POST_SAVE).connect(recorder.receiver("one"));
		two.get(Signals.POST_SAVE).send(this);
		assertThat(recorder.calls).isEmpty();
		assertThat(one.get(Signals.POST_SAVE)).isNotSameAs(two.get(Signals.POST_SAVE));
	}

	@Test
	void builtInSignalsDeclareDjangosArguments() {
		List<Signal> builtIns = SignalRegistry.withBuiltIns().signals();
		assertThat(builtIns).extracting(Signal::name)
			.containsExactly(Signals.POST_INIT, Signals.PRE_SAVE, Signals.POST_SAVE, Signals.PRE_DELETE,
					Signals.POST_DELETE, Signals.M2M_CHANGED, Signals.REQUEST_STARTED, Signals.REQUEST_FINISHED,
					Signals.GOT_REQUEST_EXCEPTION, Signals.PRE_MIGRATE, Signals.POST_MIGRATE, Signals.CONNECTION_CREATED);
		assertThat(builtIns.get(2).argumentNames()).containsExactly("instance", "created", "raw", "using",
				"updateFields", "previousValues");
		assertThat(builtIns.get(5).argumentNames()).containsExactly("instance", "action", "reverse", "model", "pkSet",
				"using", "relation");
		assertThat(builtIns.get(9).argumentNames()).containsExactly("using", "plan", "tool");
		assertThat(builtIns.get(10).argumentNames()).containsExactly("using", "plan", "tool");
		assertThat(builtIns.get(11).argumentNames()).containsExactly("connection", "using");
	}

}
