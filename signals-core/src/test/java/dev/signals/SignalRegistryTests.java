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
		SignalRegistry known = new SignalRegistry();
		List.of("post_init", "pre_save", "post_save", "pre_delete", "post_delete").forEach(known::define);
		assertThatExceptionOfType(NoSuchSignalException.class).isThrownBy(() -> known.get("post_sav"))
			.withMessage("No signal named 'post_sav'; did you mean 'post_save'? Known signals: [post_init, pre_save, "
					+ "post_save, pre_delete, post_delete]")
			.satisfies((ex) -> {
				assertThat(ex.getSignalName()).isEqualTo("post_sav");
				assertThat(ex.getClosestMatch()).isEqualTo("post_save");
				assertThat(ex.getKnownNames()).hasSize(5);
			});
		assertThatExceptionOfType(NoSuchSignalException.class).isThrownBy(() -> known.get("PRE_DELETE"))
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
	void eachRegistryHasItsOwnSignals() {
		SignalRegistry one = new SignalRegistry();
		SignalRegistry two = new SignalRegistry();
		one.define("post_save", "instance");
		two.define("post_save", "instance");
		Recorder recorder = new Recorder();
		one.get("post_save").connect(recorder.receiver("one"));
		two.get("post_save").send(this);
		assertThat(recorder.calls).isEmpty();
		assertThat(one.get("post_save")).isNotSameAs(two.get("post_save"));
	}


}
