package dev.signals.spring.jpa.app;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/** A versioned entity whose updates write only the changed columns. */
@Entity
@DynamicUpdate
public class Memo {

	@Id
	@GeneratedValue
	private @Nullable Long id;

	@Version
	private int version;

	private String text = "";

	private @Nullable String checkedBy;

	@ManyToMany
	@JoinTable(name = "memo_tags")
	private Set<Tag> tags = new HashSet<>();

	protected Memo() {
	}

	public Memo(String text) {
		this.text = text;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public void setCheckedBy(@Nullable String checkedBy) {
		this.checkedBy = checkedBy;
	}

	public Set<Tag> getTags() {
		return this.tags;
	}

}
