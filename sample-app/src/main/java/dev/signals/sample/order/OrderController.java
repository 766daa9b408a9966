package dev.signals.sample.order;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API for customers and orders. */
@RestController
class OrderController {

	private final OrderService service;

	private final NotificationRepository notifications;

	OrderController(OrderService service, NotificationRepository notifications) {
		this.service = service;
		this.notifications = notifications;
	}

	@PostMapping("/customers")
	ResponseEntity<CustomerView> createCustomer(@RequestBody NewCustomer body) {
		Customer customer = this.service.createCustomer(body.name(), body.email());
		return ResponseEntity.created(URI.create("/customers/" + customer.getId())).body(CustomerView.of(customer));
	}

	@PostMapping("/orders")
	ResponseEntity<OrderView> create(@RequestBody NewOrder body) {
		Order order = this.service.create(body.customerId(), body.description(), body.amount(),
				(body.lines() != null) ? body.lines() : Map.of());
		// read it back: the reference was filled by a receiver after the first save
		OrderView view = OrderView.of(this.service.get(order.getId()));
		return ResponseEntity.created(URI.create("/orders/" + view.id())).body(view);
	}

	@GetMapping("/orders")
	List<OrderView> all() {
		return this.service.all().stream().map(OrderView::of).toList();
	}

	@GetMapping("/orders/{id}")
	OrderView get(@PathVariable Long id) {
		return OrderView.of(this.service.get(id));
	}

	@PatchMapping("/orders/{id}")
	OrderView change(@PathVariable Long id, @RequestBody OrderChange body) {
		return OrderView.of(this.service.change(id, body.description(), body.amount()));
	}

	@PostMapping("/orders/{id}/ship")
	OrderView ship(@PathVariable Long id, @RequestParam String carrier) {
		return OrderView.of(this.service.ship(id, carrier));
	}

	@DeleteMapping("/orders/{id}")
	ResponseEntity<Void> delete(@PathVariable Long id) {
		this.service.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/notifications")
	List<Notification> notifications() {
		return this.notifications.findAll();
	}

	@ExceptionHandler(NoSuchElementException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	Map<String, String> notFound(NoSuchElementException ex) {
		return Map.of("error", ex.getMessage());
	}

	record NewCustomer(String name, String email) {
	}

	record NewOrder(Long customerId, String description, BigDecimal amount, Map<String, Integer> lines) {
	}

	record OrderChange(String description, BigDecimal amount) {
	}

	record CustomerView(Long id, String name, String email) {

		static CustomerView of(Customer customer) {
			return new CustomerView(customer.getId(), customer.getName(), customer.getEmail());
		}

	}

	record OrderView(Long id, Long customerId, String description, BigDecimal amount, OrderStatus status,
			String carrier, String reference, Map<String, Integer> lines) {

		static OrderView of(Order order) {
			Map<String, Integer> lines = new java.util.LinkedHashMap<>();
			order.getLines().forEach((line) -> lines.put(line.getProduct(), line.getQuantity()));
			return new OrderView(order.getId(), (order.getCustomer() != null) ? order.getCustomer().getId() : null,
					order.getDescription(), order.getAmount(), order.getStatus(), order.getCarrier(),
					order.getReference(), lines);
		}

	}

}
