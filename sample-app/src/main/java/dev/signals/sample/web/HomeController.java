package dev.signals.sample.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The index at {@code /}: what to try with the sample app, in the order of the tutorial's walk-through. */
@RestController
class HomeController {

	private static final Index INDEX = new Index(
			"The signals sample app: each request below makes receivers react to a signal; "
					+ "GET /audit shows what they did.",
			List.of(new Step("POST", "/customers", "{\"name\":\"Acme\",\"email\":\"orders@acme.example\"}",
					"create a customer (post_save)"),
					new Step("POST", "/orders",
							"{\"customerId\":1,\"description\":\"Two kettles\",\"amount\":40,\"lines\":{\"kettle\":2}}",
							"create an order; a post_save receiver fills in its reference"),
					new Step("PATCH", "/orders/1", "{\"amount\":35}",
							"change it; pre_save gets the previous values of what changed"),
					new Step("POST", "/orders/1/ship?carrier=post", null,
							"ship it (order_shipped); a notification is written after commit"),
					new Step("GET", "/audit", null, "the audit trail the model signals wrote"),
					new Step("GET", "/notifications", null, "the notifications written after commit"),
					new Step("GET", "/products/1", null,
							"a product of the catalogue, seeded after the migration by a post_migrate receiver"),
					new Step("POST", "/products", "{\"name\":\"Kettle\"}", "create a product"),
					new Step("POST", "/products/3/tags", "[\"kitchen\",\"sale\",\"gift\"]", "tag it (m2m_changed)"),
					new Step("DELETE", "/orders/1", null, "delete the order (pre_delete, post_delete)"),
					new Step("GET", "/boom", null, "fail on purpose (got_request_exception)"),
					new Step("GET", "/requests", null, "the last requests, timed by request_started and request_finished"),
					new Step("GET", "/actuator/signals", null, "every signal with its receivers and counts")));

	@GetMapping("/")
	Index index() {
		return INDEX;
	}

	/**
	 * What the app answers at {@code /}.
	 * @param about what the app is
	 * @param steps the requests to try, in order
	 */
	record Index(String about, List<Step> steps) {
	}

	/**
	 * One request to try.
	 * @param method the HTTP method
	 * @param path the path, with the query string if any
	 * @param body the JSON body to send, if any
	 * @param shows what it shows
	 */
	record Step(String method, String path, String body, String shows) {
	}

}
