package dev.signals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Point 1: a signal declares the arguments it sends; anything else is an error naming both. */
class SignalArgumentsTests {

	private final Signal shipped = Signal.of("order_shipped", "order", "express");

	@Test
	void declaredArgumentsReachTheReceiverByNameAndPosition() {
		Map<String, Object> seen = new HashMap<>();
		int express = this.shipped.indexOf("express");
		this.shipped.connect((event) -> {
			seen.put("order", event.get("order"));
			seen.put("express", event.arguments().get(express));
			seen.put("typed", event.get("order", String.class));
			return null;
		});
		this.shipped.send(this, this.shipped.arguments("order", "A-1", "express", true));
		assertThat(seen).containsEntry("order", "A-1").containsEntry("express", true).containsEntry("typed", "A-1");
	}

	@Test
	void argumentsNotGivenReadAsNullAndAreAbsentFromTheMap() {
		Arguments arguments = this.shipped.arguments("order", null);
		assertThat(arguments.get("express")).isNull();
		assertThat(arguments.contains("order")).isTrue();
		assertThat(arguments.contains("express")).isFalse();
		assertThat(arguments.asMap()).containsOnlyKeys("order");
		assertThat(this.shipped.arguments().asMap()).isEmpty();
	}

	@Test
	void argumentsInOrderGiveEveryDeclaredArgumentByPosition() {
		Arguments arguments = this.shipped.argumentsInOrder("A-1", null);
		assertThat(arguments.get("order")).isEqualTo("A-1");
		assertThat(arguments.get(1)).isNull();
		assertThat(arguments.contains("express")).isTrue();
		assertThat(arguments.asMap()).containsOnlyKeys("order", "express");
		List<Object> seen = new java.util.ArrayList<>();
		this.shipped.connect((event) -> seen.add(event.get("order")));
		this.shipped.send(this, arguments);
		assertThat(seen).containsExactly("A-1");
		String[] names = java.util.stream.IntStream.range(0, 64).mapToObj((i) -> "a" + i).toArray(String[]::new);
		Arguments wide = Signal.of("wide", names).argumentsInOrder((Object[]) names);
		assertThat(wide.contains("a63")).isTrue();
		assertThat(wide.get("a63")).isEqualTo("a63");
	}

	@Test
	void argumentsInOrderWithTheWrongCountNameTheDeclaredArguments() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.shipped.argumentsInOrder("A-1"))
			.withMessage("Signal 'order_shipped' declares 2 arguments [order, express], but 1 values were given in "
					+ "order");
		assertThatIllegalArgumentException().isThrownBy(() -> this.shipped.argumentsInOrder("A-1", true, 3))
			.withMessage("Signal 'order_shipped' declares 2 arguments [order, express], but 3 values were given in "
					+ "order");
	}

	@Test
	void everyOneOfSixtyFourArgumentsIsTrackedAsGivenOrNot() {
		String[] names = java.util.stream.IntStream.range(0, 64).mapToObj((i) -> "a" + i).toArray(String[]::new);
		Signal wide = Signal.of("wide", names);
		Arguments arguments = wide.arguments("a0", 0, "a63", null, "a31", 31);
		assertThat(arguments.contains("a0")).isTrue();
		assertThat(arguments.contains("a31")).isTrue();
		assertThat(arguments.contains("a63")).isTrue();
		assertThat(arguments.contains("a32")).isFalse();
		assertThat(arguments.contains("a62")).isFalse();
		assertThat(arguments.asMap()).containsOnlyKeys("a0", "a31", "a63");
		assertThat(arguments.get(63)).isNull();
		assertThat(arguments.get(31)).isEqualTo(31);
		assertThatIllegalArgumentException().isThrownBy(() -> wide.arguments("a63", 1, "a63", 2))
			.withMessage("Argument 'a63' of signal 'wide' is given twice");
	}

	@Test
	void argumentsFromAMapAreCheckedTheSameWay() {
		assertThat(this.shipped.arguments(Map.of("order", "A-2")).get("order")).isEqualTo("A-2");
		assertThatIllegalArgumentException().isThrownBy(() -> this.shipped.arguments(Map.of("ordr", "A-2")))
			.withMessageContaining("order_shipped")
			.withMessageContaining("'ordr'");
	}

	@Test
	void undeclaredArgumentInArgumentsNamesTheSignalAndTheArgument() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.shipped.arguments("order", 1, "colour", "red"))
			.withMessageContaining("'order_shipped'")
			.withMessageContaining("'colour'")
			.withMessageContaining("[order, express]");
	}

	@Test
	void undeclaredArgumentOnSendNamesTheSignalAndTheArgument() {
		this.shipped.connect((event) -> null);
		assertThatIllegalArgumentException().isThrownBy(() -> this.shipped.send(this, Map.of("colour", "red")))
			.withMessageContaining("'order_shipped'")
			.withMessageContaining("'colour'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.shipped.sendRobust(this, Map.of("colour", "red")))
			.withMessageContaining("'colour'");
	}

	@Test
	void readingAnUndeclaredArgumentInAReceiverNamesIt() {
		this.shipped.connect((event) -> event.get("colour"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.shipped.send(this))
			.withMessageContaining("'order_shipped' has no argument 'colour'");
	}

	@Test
	void typedReadOfAPrimitiveTypeReturnsTheBoxedValue() {
		Arguments arguments = this.shipped.arguments("express", true);
		SignalEvent event = new SignalEvent(this.shipped, this, arguments);
		Boolean express = event.get("express", boolean.class);
		assertThat(express).isTrue();
	}

	@Test
	void typedReadOfTheWrongTypeNamesTheArgumentAndBothTypes() {
		SignalEvent event = new SignalEvent(this.shipped, this, this.shipped.arguments("order", 42));
		assertThatExceptionOfType(ClassCastException.class)
			.isThrownBy(() -> event.get("order", String.class))
			.withMessageContaining("'order'")
			.withMessageContaining("order_shipped")
			.withMessageContaining("java.lang.Integer")
			.withMessageContaining("java.lang.String");
	}

	@Test
	void theSignalKeepsItsDeclaration() {
		assertThat(this.shipped.name()).isEqualTo("order_shipped");
		assertThat(this.shipped.argumentNames()).isEqualTo(List.of("order", "express"));
		assertThat(this.shipped.indexOf("express")).isEqualTo(1);
		assertThat(this.shipped).hasToString("Signal[order_shipped[order, express]]");
	}

	@Test
	void eventArgumentMapAndToStringShowWhatWasSent() {
		SignalEvent[] seen = new SignalEvent[1];
		this.shipped.connect((event) -> seen[0] = event);
		this.shipped.send("shop", this.shipped.arguments("order", "A-3"));
		assertThat(seen[0].signal()).isSameAs(this.shipped);
		assertThat(seen[0].sender()).isEqualTo("shop");
		assertThat(seen[0].argumentMap()).isEqualTo(Map.of("order", "A-3"));
		assertThat(seen[0]).hasToString("SignalEvent[signal=order_shipped, sender=shop, arguments={order=A-3}]");
	}

	@Test
	void aValueOfAnotherTypeThanDeclaredFailsWhereverTheArgumentsAreBuilt() {
		Signal typed = Signal.of("order_shipped", Signal.arg("order", Order.class), Signal.arg("express", boolean.class));
		String message = "Argument 'express' of signal 'order_shipped' is declared as java.lang.Boolean, but the value "
				+ "given is a java.lang.String";
		assertThatIllegalArgumentException().isThrownBy(() -> typed.arguments("express", "yes")).withMessage(message);
		assertThatIllegalArgumentException().isThrownBy(() -> typed.arguments(Map.of("express", "yes")))
			.withMessage(message);
		assertThatIllegalArgumentException().isThrownBy(() -> typed.argumentsInOrder(new Order(), "yes"))
			.withMessage(message);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> typed.sendAsync(this, Map.of("order", "A-1"), Runnable::run))
			.withMessage("Argument 'order' of signal 'order_shipped' is declared as " + Order.class.getName()
					+ ", but the value given is a java.lang.String");
	}

	@Test
	void valuesOfTheDeclaredTypeOrASubtypeAndNullAreSent() {
		Signal typed = Signal.of("order_shipped", Signal.arg("order", Order.class), Signal.arg("express", boolean.class));
		typed.connect((event) -> event.get("order"));
		RushOrder rush = new RushOrder();
		assertThat(typed.send(this, typed.arguments("order", rush, "express", true))).extracting(Response::value)
			.containsExactly(rush);
		assertThat(typed.send(this, typed.argumentsInOrder(null, null))).extracting(Response::value)
			.containsExactly((Object) null);
		assertThat(typed.argumentType("express")).isEqualTo(Boolean.class);
		assertThat(typed.argumentType("order")).isEqualTo(Order.class);
		assertThat(this.shipped.argumentType("order")).isEqualTo(Object.class);
		assertThat(this.shipped.arguments("order", 42, "express", "any value").get("express")).isEqualTo("any value");
	}

	@Test
	void typedArgumentsDeclareTheTypesTheyAreSentWith() {
		Signal postSave = Signal.of("post_save", Signal.arg("instance", Object.class), Signal.arg("created", Boolean.class),
				Signal.arg("updateFields", java.util.Set.class));
		assertThat(postSave.argumentType("created")).isEqualTo(Boolean.class);
		assertThat(postSave.argumentType("updateFields")).isEqualTo(java.util.Set.class);
		assertThat(postSave.argumentType("instance")).isEqualTo(Object.class);
		assertThatIllegalArgumentException().isThrownBy(() -> postSave.arguments("created", "yes"))
			.withMessage("Argument 'created' of signal 'post_save' is declared as java.lang.Boolean, but the value "
					+ "given is a java.lang.String");
	}

	static class Order {

	}

	static class RushOrder extends Order {

	}

}
