package dev.signals.spring.jpa.differential;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;

import org.jspecify.annotations.Nullable;

/** The inverse side of the many-to-many association of {@link Course}: changing only it writes nothing. */
@Entity
public class Student {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "student_seq")
	@SequenceGenerator(name = "student_seq", sequenceName = "student_seq", allocationSize = 1)
	private @Nullable Long id;

	private String name = "";

	@ManyToMany(mappedBy = "students")
	@OrderBy("id")
	private Set<Course> courses = new LinkedHashSet<>();

	protected Student() {
	}

	public Student(String name) {
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

	public Set<Course> getCourses() {
		return this.courses;
	}

}
