package dev.signals.sample.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/**
 * An order of a customer. Its {@code reference} is not set by the code that creates the order:
 * {@link ReferenceReceiver} fills it once the order was first saved, as in the blog post.
 */
@Entity
@Table(name = "orders")
public class Order {

	@Id
	@GeneratedValue
	private Long id;

	@ManyToOne
	private Customer customer;

	private String description;

	private BigDecimal amount;

	@Enumerated(EnumType.STRING)
	private OrderStatus status = OrderStatus.NEW;

	private String carrier;

	private String reference;

	@OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<OrderLine> lines = new ArrayList<>();

	protected Order() {
	}

	public Order(Customer customer, String description, BigDecimal amount) {
		this.customer = customer;
		this.description = description;
		this.amount = amount;
	}

	/**
	 * The reference printed on the parcel, built from the id and the customer's name; the blog
	 * post's {@code my_favourite_method}.
	 * @return the reference, e.g. {@code ORD-00042-ACME}
	 * @throws IllegalStateException when the order has no customer or no id yet
	 */
	public String computeReference() {
		if (this.customer == null || this.id == null) {
			throw new IllegalStateException("An order needs an id and a customer for its reference");
		}
		String name = this.customer.getName().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
		return "ORD-%05d-%s".formatted(this.id, name);
	}

	public void addLine(String product, int quantity) {
		this.lines.add(new OrderLine(this, product, quantity));
	}

	public void ship(String carrier) {
		if (this.status == OrderStatus.SHIPPED) {
			throw new IllegalStateException("Order " + this.id + " was shipped already");
		}
		this.status = OrderStatus.SHIPPED;
		this.carrier = carrier;
	}

	public Long getId() {
		return this.id;
	}

	public Customer getCustomer() {
		return this.customer;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public OrderStatus getStatus() {
		return this.status;
	}

	public String getCarrier() {
		return this.carrier;
	}

	public String getReference() {
		return this.reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public List<OrderLine> getLines() {
		return this.lines;
	}

}
