package dev.signals.spring.jpa.differential;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;

import org.jspecify.annotations.Nullable;

/** The owning side of a many-to-many association with {@link Student}. */
@Entity
public class Course {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_seq")
	@SequenceGenerator(name = "course_seq", sequenceName = "course_seq", allocationSize = 1)
	private @Nullable Long id;

	private String title = "";

	@ManyToMany
	@JoinTable(name = "course_students", joinColumns = @JoinColumn(name = "course_id"),
			inverseJoinColumns = @JoinColumn(name = "student_id"))
	@OrderBy("id")
	private Set<Student> students = new LinkedHashSet<>();

	protected Course() {
	}

	public Course(String title) {
		this.title = title;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Set<Student> getStudents() {
		return this.students;
	}

}
