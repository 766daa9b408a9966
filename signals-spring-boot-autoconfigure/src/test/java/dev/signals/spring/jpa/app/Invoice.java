package dev.signals.spring.jpa.app;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A versioned entity with an embeddable, JPA lifecycle callbacks of its own and a many-to-many
 * relation.
 */
@Entity
public class Invoice {

	@Id
	@GeneratedValue
	private @Nullable Long id;

	@Version
	private int version;

	private String status = "DRAFT";

	private @Nullable String checkedBy;

	private @Nullable String stamp;

	@Embedded
	private Address address = new Address("", "");

	@ManyToMany
	@JoinTable(name = "invoice_tags")
	private Set<Tag> tags = new HashSet<>();

	protected Invoice() {
	}

	public Invoice(Address address) {
		this.address = address;
	}

	@PrePersist
	void stampPersist() {
		this.stamp = "persisted " + this.status;
	}

	@PreUpdate
	void stampUpdate() {
		this.stamp = "updated " + this.status;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public int getVersion() {
		return this.version;
	}

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public @Nullable String getCheckedBy() {
		return this.checkedBy;
	}

	public void setCheckedBy(@Nullable String checkedBy) {
		this.checkedBy = checkedBy;
	}

	public @Nullable String getStamp() {
		return this.stamp;
	}

	public Address getAddress() {
		return this.address;
	}

	public void setAddress(Address address) {
		this.address = address;
	}

	public Set<Tag> getTags() {
		return this.tags;
	}

}
