package dev.signals.sample;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drives the sample app over real HTTP, as a newcomer would with curl, and reads back what the
 * receivers did.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@SuppressWarnings("unchecked")
class SampleApplicationTests {

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	@LocalServerPort
	int port;

	RestClient http;

	@BeforeEach
	void client() {
		this.http = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			})
			.build();
	}

	@Test
	void rootListsWhatToTryAndEveryPageItListsAnswers() {
		ResponseEntity<Map<String, Object>> root = this.http.get().uri("/").retrieve().toEntity(new ParameterizedTypeReference<>() {
		});

		assertThat(root.getStatusCode().value()).isEqualTo(200);
		assertThat(root.getHeaders().getContentType()).hasToString("application/json");
		List<Map<String, Object>> steps = (List<Map<String, Object>>) root.getBody().get("steps");
		assertThat(steps).extracting((step) -> step.get("method") + " " + step.get("path"))
			.contains("POST /customers", "POST /orders", "PATCH /orders/1", "GET /audit", "GET /products/1", "GET /boom",
					"GET /requests", "GET /actuator/signals");
		assertThat(steps).filteredOn((step) -> "GET".equals(step.get("method")))
			.allSatisfy((step) -> assertThat(this.http.get().uri((String) step.get("path")).retrieve().toBodilessEntity()
				.getStatusCode().value()).as((String) step.get("path")).isEqualTo("/boom".equals(step.get("path")) ? 500 : 200));
	}

	@Test
	void catalogueIsSeededByThePostMigrateReceiver() {
		assertThat(this.http.get().uri("/products/1").retrieve().body(Map.class)).containsEntry("name", "Teapot")
			.containsEntry("tags", List.of("kitchen"));
		assertThat(this.http.get().uri("/products/2").retrieve().body(Map.class)).containsEntry("name", "Lamp")
			.containsEntry("tags", List.of("lighting", "sale"));
		assertThat(audit()).filteredOn((entry) -> "Product".equals(entry.get("model")) && "post_save".equals(entry.get("signal")))
			.extracting("objectId")
			.startsWith("1", "2");
	}

	@Test
	void newOrderGetsItsReferenceFromTheBlogPostReceiver() {
		Number customer = createCustomer("Acme Ltd");
		Map<String, Object> order = createOrder(customer, Map.of("book", 2));
		Number id = (Number) order.get("id");

		assertThat(order.get("reference")).isEqualTo("ORD-%05d-ACMELTD".formatted(id.longValue()));
		assertThat(audit("post_save", "Order", id)).extracting("detail")
			.containsExactly("created", "updated [reference]");
	}

	@Test
	void orderWhoseReferenceCannotBeComputedGetsUndefined() {
		Map<String, Object> order = createOrder(null, Map.of());

		assertThat(order.get("reference")).isEqualTo("undefined");
	}

	@Test
	void changingAnOrderAuditsTheChangedFieldsWithTheirPreviousValues() {
		Number id = (Number) createOrder(createCustomer("Bob"), Map.of()).get("id");

		this.http.patch().uri("/orders/{id}", id).body(Map.of("amount", 99)).retrieve().toBodilessEntity();

		assertThat(audit("pre_save", "Order", id)).extracting("detail")
			.anySatisfy((detail) -> assertThat((String) detail).contains("changing [amount]", "amount=10"));
		assertThat(audit("post_save", "Order", id)).extracting("detail").endsWith("updated [amount]");
	}

	@Test
	void taggingAProductAuditsTheManyToManyChanges() {
		Number product = (Number) this.http.post()
			.uri("/products")
			.body(Map.of("name", "Kettle"))
			.retrieve()
			.body(Map.class)
			.get("id");

		Map<?, ?> tagged = this.http.post()
			.uri("/products/{id}/tags", product)
			.body(List.of("kitchen", "sale", "gift"))
			.retrieve()
			.body(Map.class);
		assertThat(tagged.get("tags")).isEqualTo(List.of("gift", "kitchen", "sale"));
		this.http.delete().uri("/products/{id}/tags/sale", product).retrieve().toBodilessEntity();
		this.http.delete().uri("/products/{id}/tags", product).retrieve().toBodilessEntity();

		assertThat(audit("m2m_changed", "Product", product)).extracting("detail")
			.map((detail) -> ((String) detail).split(" ")[0])
			.containsExactly("pre_add", "post_add", "pre_remove", "post_remove", "pre_clear", "post_clear");
		assertThat(audit("m2m_changed", "Product", product)).extracting("detail")
			.first()
			.asString()
			.startsWith("pre_add Tag [")
			.matches(".*\\[\\d+, \\d+, \\d+\\]");
	}

	@Test
	void deletingAnOrderAuditsTheCascadedLinesWithTheOrderAsOrigin() {
		Number id = (Number) createOrder(createCustomer("Carol"), Map.of("pen", 1, "ink", 3)).get("id");

		assertThat(this.http.delete().uri("/orders/{id}", id).retrieve().toBodilessEntity().getStatusCode().value())
			.isEqualTo(204);

		List<Map<String, Object>> deletes = audit().stream()
			.filter((entry) -> ((String) entry.get("signal")).endsWith("_delete"))
			.filter((entry) -> ((String) entry.get("detail")).equals("origin Order#" + id))
			.toList();
		assertThat(deletes).extracting((entry) -> entry.get("signal") + " " + entry.get("model"))
			.containsExactlyInAnyOrder("pre_delete OrderLine", "pre_delete OrderLine", "pre_delete Order",
					"post_delete OrderLine", "post_delete OrderLine", "post_delete Order");
	}

	@Test
	void shippingNotifiesTheCustomerOnlyAfterTheShippingCommitted() {
		Number shipped = (Number) createOrder(createCustomer("Dan"), Map.of()).get("id");
		Number refused = (Number) createOrder(createCustomer("Eve"), Map.of()).get("id");

		assertThat(this.http.post().uri("/orders/{id}/ship?carrier=post", shipped).retrieve().toBodilessEntity()
			.getStatusCode().value()).isEqualTo(200);
		assertThat(this.http.post().uri("/orders/{id}/ship?carrier=zeppelin", refused).retrieve().toBodilessEntity()
			.getStatusCode().value()).isEqualTo(422);

		List<Map<String, Object>> notifications = this.http.get().uri("/notifications").retrieve().body(LIST);
		assertThat(notifications).filteredOn((n) -> ((Number) n.get("orderId")).longValue() == shipped.longValue())
			.singleElement()
			.extracting((n) -> n.get("message"))
			.asString()
			.contains("Dear Dan", "is on its way with post");
		assertThat(notifications).noneMatch((n) -> ((Number) n.get("orderId")).longValue() == refused.longValue());
		assertThat(this.http.get().uri("/orders/{id}", refused).retrieve().body(Map.class).get("status"))
			.isEqualTo("NEW");
	}

	@Test
	void failingEndpointIsReportedThroughGotRequestException() {
		assertThat(this.http.get().uri("/boom").retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(500);

		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(audit()).filteredOn((entry) -> "got_request_exception".equals(entry.get("signal")))
				.extracting("detail")
				.anySatisfy((detail) -> assertThat((String) detail).startsWith("GET /boom failed")
					.contains("IllegalStateException: Boom")));
	}

	@Test
	void everyRequestIsTimedFromStartedToFinished() {
		this.http.get().uri("/orders").retrieve().toBodilessEntity();

		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(this.http.get().uri("/requests").retrieve().body(LIST))
				.anySatisfy((timing) -> assertThat(timing).containsEntry("path", "/orders").containsEntry("status", 200)));
	}

	@Test
	void actuatorEndpointListsTheReceiversOfASignalInDispatchOrder() {
		createOrder(createCustomer("Gus"), Map.of());

		Map<?, ?> postSave = this.http.get().uri("/actuator/signals/post_save").retrieve().body(Map.class);

		assertThat(postSave.get("arguments")).isEqualTo(
				List.of("instance", "created", "raw", "using", "updateFields", "previousValues"));
		assertThat((List<Map<String, Object>>) postSave.get("receivers")).extracting((receiver) -> receiver.get("receiver"))
			.contains("ReferenceReceiver#myHandler", "AuditTrail#afterSave");
		assertThat(((Number) postSave.get("sends")).longValue()).isPositive();
	}

	private Number createCustomer(String name) {
		return (Number) this.http.post()
			.uri("/customers")
			.body(Map.of("name", name, "email", name.toLowerCase().replace(' ', '.') + "@example.com"))
			.retrieve()
			.body(Map.class)
			.get("id");
	}

	private Map<String, Object> createOrder(Number customer, Map<String, Integer> lines) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("description", "an order", "amount", 10, "lines", lines));
		if (customer != null) {
			body.put("customerId", customer);
		}
		return this.http.post().uri("/orders").body(body).retrieve().body(new ParameterizedTypeReference<>() {
		});
	}

	private List<Map<String, Object>> audit() {
		return this.http.get().uri("/audit").retrieve().body(LIST);
	}

	private List<Map<String, Object>> audit(String signal, String model, Number id) {
		return audit().stream()
			.filter((entry) -> signal.equals(entry.get("signal")) && model.equals(entry.get("model"))
					&& String.valueOf(id).equals(entry.get("objectId")))
			.toList();
	}

}
