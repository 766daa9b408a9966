package dev.signals.spring.jpa.differential;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** A versioned entity with a unique column. */
@Entity
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
	@SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 1)
	private @Nullable Long id;

	@Column(unique = true, nullable = false)
	private String code = "";

	private long balance;

	@Version
	private long version;

	protected Account() {
	}

	public Account(String code, long balance) {
		this.code = code;
		this.balance = balance;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public long getBalance() {
		return this.balance;
	}

	public void setBalance(long balance) {
		this.balance = balance;
	}

	public long getVersion() {
		return this.version;
	}

}
