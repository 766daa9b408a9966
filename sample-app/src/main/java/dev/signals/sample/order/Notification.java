package dev.signals.sample.order;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A message the application "sent" to a customer; written only after the shipping committed. */
@Entity
public class Notification {

	@Id
	@GeneratedValue
	private Long id;

	private Long orderId;

	private String message;

	private Instant sentAt;

	protected Notification() {
	}

	public Notification(Long orderId, String message) {
		this.orderId = orderId;
		this.message = message;
		this.sentAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public Long getOrderId() {
		return this.orderId;
	}

	public String getMessage() {
		return this.message;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

}
