package dev.signals.spring.durable;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The effect of the durable receiver: one row per publication, its id the key. */
@Entity
public class Shipment {

	@Id
	@Column(name = "publication_id")
	private UUID publicationId;

	private Long purchaseId;

	private String item;

	protected Shipment() {
	}

	Shipment(UUID publicationId, Long purchaseId, String item) {
		this.publicationId = publicationId;
		this.purchaseId = purchaseId;
		this.item = item;
	}

	public UUID getPublicationId() {
		return this.publicationId;
	}

	public Long getPurchaseId() {
		return this.purchaseId;
	}

	public String getItem() {
		return this.item;
	}

}
