package dev.signals.sample.order;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import dev.signals.Signal;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes, ships and deletes orders. It knows nothing of auditing or notifications:
 * receivers hear about its work through signals.
 */
@Service
@Transactional
public class OrderService {

	static final Set<String> CARRIERS = Set.of("post", "courier");

	private final OrderRepository orders;

	private final CustomerRepository customers;

	private final Signal orderShipped;

	OrderService(OrderRepository orders, CustomerRepository customers, @Qualifier("orderShipped") Signal orderShipped) {
		this.orders = orders;
		this.customers = customers;
		this.orderShipped = orderShipped;
	}

	public Customer createCustomer(String name, String email) {
		return this.customers.save(new Customer(name, email));
	}

	public Order create(Long customerId, String description, BigDecimal amount, Map<String, Integer> lines) {
		Customer customer = (customerId != null) ? find(this.customers.findById(customerId), "customer", customerId)
				: null;
		Order order = new Order(customer, description, amount);
		lines.forEach(order::addLine);
		return this.orders.save(order);
	}

	public Order change(Long id, String description, BigDecimal amount) {
		Order order = get(id);
		if (description != null) {
			order.setDescription(description);
		}
		if (amount != null) {
			order.setAmount(amount);
		}
		return order;
	}

	/**
	 * Ships an order and announces it with {@code order_shipped}. The carrier is checked after
	 * the signal went out, so an unknown carrier shows that a rolled-back shipping notifies nobody.
	 * @param id the order
	 * @param carrier who takes it
	 * @return the shipped order
	 */
	public Order ship(Long id, String carrier) {
		Order order = get(id);
		order.ship(carrier);
		this.orderShipped.send(OrderService.class, this.orderShipped.arguments("order", order, "carrier", carrier));
		if (!CARRIERS.contains(carrier)) {
			throw new UnknownCarrierException(carrier);
		}
		return order;
	}

	public void delete(Long id) {
		this.orders.delete(get(id));
	}

	@Transactional(readOnly = true)
	public Order get(Long id) {
		return find(this.orders.findWithLinesById(id), "order", id);
	}

	@Transactional(readOnly = true)
	public List<Order> all() {
		return this.orders.findAllByOrderByIdAsc();
	}

	private static <T> T find(java.util.Optional<T> found, String what, Long id) {
		return found.orElseThrow(() -> new NoSuchElementException("No " + what + " with id " + id));
	}

}
