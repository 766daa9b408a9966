package dev.signals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/** Bad input fails with a message naming what is wrong, and leaves the signal unchanged. */
class SignalBadInputTests {

	private final Signal signal = Signal.of("saved", "instance", "created");

	@Test
	void nullOrBlankSignalNameIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> Signal.of(null))
			.withMessage("A signal name must not be null or blank");
		assertThatIllegalArgumentException().isThrownBy(() -> Signal.of("  "))
			.withMessage("A signal name must not be null or blank");
	}

	@Test
	void invalidArgumentNamesAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> Signal.of("s", "ok", "not valid"))
			.withMessage("Argument name 'not valid' of signal 's' is not a Java identifier");
		assertThatIllegalArgumentException().isThrownBy(() -> Signal.of("s", "1st"))
			.withMessage("Argument name '1st' of signal 's' is not a Java identifier");
		assertThatIllegalArgumentException().isThrownBy(() -> Signal.of("s", ""))
			.withMessage("Argument name '' of signal 's' is not a Java identifier");
		assertThatIllegalArgumentException().isThrownBy(() -> Signal.of("s", (String) null))
			.withMessage("Argument name 'null' of signal 's' is not a Java identifier");
		assertThatIllegalArgumentException().isThrownBy(() -> Signal.of("s", (String[]) null))
			.withMessage("The argument names of signal 's' must not be null; pass none for a signal without arguments");
	}

	@Test
	void moreThanSixtyFourArgumentsAreRejected() {
		String[] names = java.util.stream.IntStream.range(0, 65).mapToObj((i) -> "a" + i).toArray(String[]::new);
		assertThatIllegalArgumentException().isThrownBy(() -> Signal.of("wide", names))
			.withMessage("Signal 'wide' declares 65 arguments, but a signal declares at most 64; send related values "
					+ "together as one argument");
	}

	@Test
	void duplicateArgumentNameIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> Signal.of("s", "a", "b", "a"))
			.withMessage("Signal 's' declares argument 'a' twice");
	}

	@Test
	void reservedArgumentNamesAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> Signal.of("s", "sender"))
			.withMessage("Signal 's' must not declare argument 'sender': every receiver gets 'sender' and 'signal' already");
		assertThatIllegalArgumentException().isThrownBy(() -> Signal.of("s", "signal"))
			.withMessageContaining("'signal'");
	}

	@Test
	void oddNameValueListIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.signal.arguments("instance", 1, "created"))
			.withMessage("Arguments of signal 'saved' must be given as name, value pairs, but 3 items were given");
	}

	@Test
	void nonStringArgumentNameIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.signal.arguments("instance", 1, 2, 3))
			.withMessage("Argument name at position 2 for signal 'saved' must be a String, but was 2");
		assertThatIllegalArgumentException().isThrownBy(() -> this.signal.arguments(null, 1))
			.withMessage("Argument name at position 0 for signal 'saved' must be a String, but was null");
	}

	@Test
	void argumentGivenTwiceIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.signal.arguments("instance", 1, "instance", 2))
			.withMessage("Argument 'instance' of signal 'saved' is given twice");
	}

	@Test
	void undeclaredArgumentNamesTheDeclaredOnes() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.signal.arguments("instanse", 1))
			.withMessage("Signal 'saved' has no argument 'instanse'; its arguments are [instance, created]");
		assertThatIllegalArgumentException().isThrownBy(() -> this.signal.indexOf("instanse"))
			.withMessage("Signal 'saved' has no argument 'instanse'; its arguments are [instance, created]");
	}

	@Test
	void nullArgumentNameInAMapIsRejected() {
		Map<String, Object> arguments = new HashMap<>();
		arguments.put(null, 1);
		assertThatIllegalArgumentException().isThrownBy(() -> this.signal.arguments(arguments))
			.withMessage("Signal 'saved' has no argument 'null'; its arguments are [instance, created]");
		assertThatIllegalArgumentException().isThrownBy(() -> this.signal.indexOf(null))
			.withMessageContaining("no argument 'null'");
	}

	@Test
	void argumentsOfAnotherSignalAreRejectedEvenWithoutReceivers() {
		Signal other = Signal.of("deleted", "instance");
		Arguments foreign = other.arguments("instance", 1);
		String message = "Arguments built for signal 'deleted' cannot be sent by signal 'saved'; build them with saved.arguments(...)";
		assertThatIllegalArgumentException().isThrownBy(() -> this.signal.send(this, foreign)).withMessage(message);
		assertThatIllegalArgumentException().isThrownBy(() -> this.signal.sendRobust(this, foreign)).withMessage(message);
		assertThatIllegalArgumentException().isThrownBy(() -> this.signal.sendAsync(this, foreign, Runnable::run))
			.withMessage(message);
		this.signal.connect((event) -> null);
		assertThatIllegalArgumentException().isThrownBy(() -> this.signal.send(this, foreign)).withMessage(message);
		assertThatIllegalArgumentException().isThrownBy(() -> this.signal.sendRobustAsync(this, foreign, Runnable::run))
			.withMessage(message);
	}

	@Test
	void nullArgumentsAreRejected() {
		assertThatNullPointerException().isThrownBy(() -> this.signal.send(this, (Arguments) null))
			.withMessage("arguments must not be null; use send(sender) to send none");
		assertThatNullPointerException().isThrownBy(() -> this.signal.arguments((Map<String, ?>) null))
			.withMessage("arguments must not be null");
	}

	@Test
	void nullReceiverIsRejectedAndNothingIsConnected() {
		assertThatNullPointerException().isThrownBy(() -> this.signal.connect(null))
			.withMessage("Cannot connect a null receiver to signal 'saved'");
		assertThatNullPointerException().isThrownBy(() -> this.signal.connect(null, Connect.anySender()))
			.withMessage("Cannot connect a null receiver to signal 'saved'");
		assertThatNullPointerException().isThrownBy(() -> this.signal.connect((event) -> null, null))
			.withMessage("Connect options must not be null; use Connect.anySender()");
		assertThat(this.signal.receivers()).isEmpty();
	}

	@Test
	void nullReceiverOrUidOnDisconnectIsRejected() {
		assertThatNullPointerException().isThrownBy(() -> this.signal.disconnect(null))
			.withMessage("receiver must not be null; use disconnectUid for uid connections");
		assertThatNullPointerException().isThrownBy(() -> this.signal.disconnectUid(null))
			.withMessage("dispatchUid must not be null");
	}

	@Test
	void argumentOfTypeVoidOrWithoutTypeIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> Signal.arg("order", void.class))
			.withMessage("Argument 'order' cannot be of type void");
		assertThatNullPointerException().isThrownBy(() -> Signal.arg("order", null))
			.withMessage("The type of argument 'order' must not be null; use Object.class for any value");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Signal.of("typed", Signal.arg("order", Object.class), (Argument) null))
			.withMessage("The arguments of signal 'typed' must not be null");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Signal.of("typed", Signal.arg("sender", Object.class)))
			.withMessage("Signal 'typed' must not declare argument 'sender': every receiver gets 'sender' and 'signal' "
					+ "already");
	}

	@Test
	void blankDispatchUidIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> Connect.anySender().dispatchUid(" "))
			.withMessage("A dispatch uid must not be blank");
	}

	@Test
	void includeSubclassesWithoutAClassSenderIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> Connect.anySender().includeSubclasses())
			.withMessage("includeSubclasses needs a Class sender, but the connection is for any sender; "
					+ "use Connect.sender(SomeType.class).includeSubclasses()");
		assertThatIllegalArgumentException().isThrownBy(() -> Connect.sender("shop").includeSubclasses())
			.withMessage("includeSubclasses needs a Class sender, but the sender is shop, a java.lang.String; "
					+ "use Connect.sender(SomeType.class).includeSubclasses()");
	}

	@Test
	void nullExecutorIsRejectedEvenWithoutReceivers() {
		String message = "executor must not be null; pass the Executor the receivers of signal 'saved' should run on";
		Arguments arguments = this.signal.arguments();
		assertThatNullPointerException().isThrownBy(() -> this.signal.sendAsync(this, arguments, null))
			.withMessage(message);
		this.signal.connect((event) -> null);
		assertThatNullPointerException().isThrownBy(() -> this.signal.sendRobustAsync(this, arguments, null))
			.withMessage(message);
	}

	@Test
	void failedRegistrationsLeaveTheRegistryAsItWas() {
		SignalRegistry registry = new SignalRegistry();
		registry.define("post_save", "instance");
		Signal taken = registry.define("order_shipped", "order");
		List<Signal> before = registry.signals();
		assertThatIllegalArgumentException().isThrownBy(() -> registry.define("order_shipped", "order", "express"))
			.withMessage("A signal named 'order_shipped' is already registered (Signal[order_shipped[order]]); give "
					+ "Signal[order_shipped[order, express]] another name");
		assertThatIllegalArgumentException().isThrownBy(() -> registry.define("refunded", "amount", "not valid"))
			.withMessage("Argument name 'not valid' of signal 'refunded' is not a Java identifier");
		assertThatIllegalArgumentException().isThrownBy(() -> registry.define(" "))
			.withMessage("A signal name must not be null or blank");
		assertThatNullPointerException().isThrownBy(() -> registry.register(null))
			.withMessage("Cannot register a null signal");
		assertThat(registry.signals()).isEqualTo(before);
		assertThat(registry.get("order_shipped")).isSameAs(taken);
		assertThat(registry.find("refunded")).isEmpty();
	}

	@Test
	void failedConnectsLeaveTheConnectionsAsTheyWere() {
		SignalReceiver first = (event) -> null;
		this.signal.connect(first, Connect.anySender().dispatchUid("audit"));
		List<ReceiverInfo> before = this.signal.receivers();
		assertThatNullPointerException().isThrownBy(() -> this.signal.connect(null, Connect.anySender()));
		assertThatNullPointerException().isThrownBy(() -> this.signal.connect(first, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.signal.connect(first, Connect.anySender().dispatchUid("")));
		assertThat(this.signal.connect((event) -> null, Connect.anySender().dispatchUid("audit")).added()).isFalse();
		assertThat(this.signal.receivers()).isEqualTo(before);
	}

	@Test
	void connectOptionsDescribeThemselves() {
		assertThat(Connect.sender(Number.class).dispatchUid("u").weak().includeSubclasses()).hasToString(
				"Connect[sender=class java.lang.Number, dispatchUid=u, weak=true, includeSubclasses=true]");
	}

}
