package dev.signals.spring.jpa.app;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.jspecify.annotations.Nullable;

@Entity
public class Parent {

	@Id
	@GeneratedValue
	private @Nullable Long id;

	private String name = "";

	@OneToMany(mappedBy = "parent", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<Child> children = new ArrayList<>();

	@OneToMany(mappedBy = "owner", cascade = CascadeType.PERSIST, orphanRemoval = true)
	@OrderBy("id")
	private List<Toy> toys = new ArrayList<>();

	protected Parent() {
	}

	public Parent(String name) {
		this.name = name;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public List<Child> getChildren() {
		return this.children;
	}

	public Toy addToy(String name) {
		Toy toy = new Toy(this, name);
		this.toys.add(toy);
		return toy;
	}

	public Child addChild(String name) {
		Child child = new Child(this, name);
		this.children.add(child);
		return child;
	}

}
