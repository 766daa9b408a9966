package dev.signals;

import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static dev.signals.Signal.arg;
import static org.assertj.core.api.Assertions.assertThat;

/** The example of docs/guides/core.md, signals-core on its own, so that it stays true. */
class ReadmeExampleTests {

	private final List<Object> log = new ArrayList<>();

	private final List<Map<String, Object>> auditLog = new ArrayList<>();

	private final List<SignalEvent> captured = new ArrayList<>();

	@Test
	void readmeExampleWorksAsDescribed() throws Exception {
		Object warehouse = new Object();
		Order order = new Order("A-1");
		Mailer mailer = new Mailer();
		Tracking tracking = new Tracking();
		SignalRegistry registry = new SignalRegistry();
		Signal shipped = registry.define("order_shipped", arg("order", Order.class), arg("express", boolean.class));

		shipped.connect((event) -> Boolean.TRUE.equals(event.get("express")) ? "courier" : "post");
		shipped.connect((event) -> {
			this.log.add(event.get("order"));
			return null;
		});
		shipped.connect(mailer::onShipped, Connect.sender(warehouse));

		List<Response> responses = shipped.send(warehouse, shipped.arguments("order", order, "express", true));
		assertThat(responses.get(0).value()).isEqualTo("courier");
		assertThat(this.log).containsExactly(order);
		assertThat(mailer.mailed).containsExactly(order);

		assertThat(shipped.sendRobust(warehouse, shipped.arguments("order", order)).stream().filter(Response::failed))
			.isEmpty();

		shipped.connect((event) -> tracking.register(event.get("order", Order.class)));
		assertThat(shipped.send(warehouse, shipped.arguments("order", order)).get(3).value()).isEqualTo("T-A-1");

		CompletableFuture<List<Response>> later = shipped.sendAsync(warehouse, Map.of("order", order), Runnable::run);
		assertThat(later.get(5, TimeUnit.SECONDS)).extracting(Response::value)
			.containsExactly("post", null, null, "T-A-1");

		SignalReceiver audit = (event) -> this.auditLog.add(event.argumentMap());
		shipped.connect(audit, Connect.anySender().weak());

		shipped.connect(this::index, Connect.sender(warehouse).dispatchUid("search-index"));
		assertThat(shipped.connect(this::index, Connect.sender(warehouse).dispatchUid("search-index")).added())
			.isFalse();
		assertThat(shipped.disconnectUid("search-index", warehouse)).isTrue();

		try (Connection temporary = shipped.connect(this.captured::add)) {
			shipped.send(warehouse);
		}
		try (Signal.Muting muted = shipped.mute()) {
			assertThat(shipped.send(warehouse)).isEmpty();
		}
		assertThat(this.captured).hasSize(1);
		assertThat(this.auditLog).hasSize(1);
		assertThat(registry.get("order_shipped")).isSameAs(shipped);
		Reference.reachabilityFence(audit);
	}

	private @Nullable Object index(SignalEvent event) {
		return null;
	}

	record Order(String number) {

	}

	/** Registers an order with a tracking service, which answers later, on its own thread. */
	static final class Tracking {

		CompletableFuture<String> register(@Nullable Order order) {
			return CompletableFuture.supplyAsync(() -> (order != null) ? "T-" + order.number() : "T-none");
		}

	}

	static final class Mailer {

		final List<Object> mailed = new ArrayList<>();

		@Nullable Object onShipped(SignalEvent event) {
			this.mailed.add(event.get("order"));
			return null;
		}

	}

}
