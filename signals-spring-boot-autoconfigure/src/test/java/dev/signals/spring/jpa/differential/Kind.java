package dev.signals.spring.jpa.differential;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The entity classes of the differential test, with what the operations need of each: how to
 * make one from a small number, set its attributes, describe it as plain values, and query its
 * table.
 */
enum Kind {

	PERSON(Person.class, "select e.id, e.name, e.address.street, e.address.city from Person e order by e.id",
			(value) -> new Person("p" + value, (value % 3 == 0) ? null
					: new Address("street " + value, "city " + value)),
			List.of(Attribute.of("name", (value) -> "p" + value, Person::setName)),
			(entity) -> {
				Person person = (Person) entity;
				Address address = person.getAddress();
				return person.getId() + ", " + person.getName() + ", " + ((address != null) ? address : "no address");
			}, null),

	// few codes, so that the unique constraint is violated now and then
	ACCOUNT(Account.class, "select e.id, e.code, e.balance, e.version from Account e order by e.id",
			(value) -> new Account("c" + (value % 4), value),
			List.of(Attribute.of("code", (value) -> "c" + (value % 4), Account::setCode),
					Attribute.of("balance", (value) -> (long) value, Account::setBalance)),
			(entity) -> {
				Account account = (Account) entity;
				return account.getId() + ", " + account.getCode() + ", balance " + account.getBalance() + ", version "
						+ account.getVersion();
			}, null),

	AUTHOR(Author.class, "select e.id, e.name from Author e order by e.id", (value) -> new Author("a" + value),
			List.of(Attribute.of("name", (value) -> "a" + value, Author::setName)),
			(entity) -> ((Author) entity).getId() + ", " + ((Author) entity).getName(),
			(entity) -> "books " + ids(((Author) entity).getBooks().stream().map(Book::getId).toList())),

	BOOK(Book.class, "select e.id, e.title, e.author.id from Book e order by e.id", null,
			List.of(Attribute.of("title", (value) -> "b" + value, Book::setTitle)),
			(entity) -> {
				Book book = (Book) entity;
				Author author = book.getAuthor();
				return book.getId() + ", " + book.getTitle() + ", author " + ((author != null) ? author.getId() : null);
			}, null),

	COURSE(Course.class, "select e.id, e.title from Course e order by e.id", (value) -> new Course("c" + value),
			List.of(Attribute.of("title", (value) -> "c" + value, Course::setTitle)),
			(entity) -> ((Course) entity).getId() + ", " + ((Course) entity).getTitle(),
			(entity) -> "students " + ids(((Course) entity).getStudents().stream().map(Student::getId).toList())),

	STUDENT(Student.class, "select e.id, e.name from Student e order by e.id", (value) -> new Student("s" + value),
			List.of(Attribute.of("name", (value) -> "s" + value, Student::setName)),
			(entity) -> ((Student) entity).getId() + ", " + ((Student) entity).getName(),
			(entity) -> "courses " + ids(((Student) entity).getCourses().stream().map(Course::getId).toList())),

	GAUGE(Gauge.class, "select e.id, e.name, e.reading from Gauge e order by e.id",
			(value) -> new Gauge("g" + value, new Reading(value)),
			List.of(Attribute.of("name", (value) -> "g" + value, Gauge::setName),
					Attribute.of("reading", Reading::new, Gauge::setReading)),
			(entity) -> ((Gauge) entity).getId() + ", " + ((Gauge) entity).getName() + ", "
					+ ((Gauge) entity).getReading(),
			null),

	NOTE(Note.class, "select e.id, e.text from Note e order by e.id", (value) -> new Note("n" + value),
			List.of(Attribute.of("text", (value) -> "n" + value, Note::setText)),
			(entity) -> ((Note) entity).getId() + ", " + ((Note) entity).getText(), null);

	/** The tables of the model, children and join tables first, so that rows can be deleted in this order. */
	static final List<String> TABLES = List.of("course_students", "book", "person", "account", "author", "course",
			"student", "gauge", "note");

	/** The sequences of the model; {@link Note} has an identity column instead. */
	static final List<String> SEQUENCES = List.of("person_seq", "account_seq", "author_seq", "book_seq",
			"course_seq", "student_seq", "gauge_seq");

	final Class<?> type;

	final String table;

	/** A JPQL query of the whole table as plain values, in id order. */
	final String query;

	private final @Nullable IntFunction<Object> create;

	private final List<Attribute> attributes;

	private final Function<Object, String> describe;

	private final @Nullable Function<Object, String> collection;

	Kind(Class<?> type, String query, @Nullable IntFunction<Object> create, List<Attribute> attributes,
			Function<Object, String> describe, @Nullable Function<Object, String> collection) {
		this.type = type;
		this.table = name().toLowerCase(Locale.ROOT);
		this.query = query;
		this.create = create;
		this.attributes = attributes;
		this.describe = describe;
		this.collection = collection;
	}

	/**
	 * A new entity.
	 * @param value the small number its attributes are made of
	 * @return a new, transient entity
	 */
	Object create(int value) {
		if (this.create == null) {
			throw new UnsupportedOperationException("A " + label() + " is created by its parent");
		}
		return this.create.apply(value);
	}

	/** @return how many attributes {@link #change} can set */
	int attributes() {
		return this.attributes.size();
	}

	/**
	 * Sets an attribute.
	 * @param entity an entity of this kind
	 * @param attribute which attribute, modulo {@link #attributes()}
	 * @param value the small number the new value is made of
	 */
	void change(Object entity, int attribute, int value) {
		this.attributes.get(attribute % this.attributes.size()).set(entity, value);
	}

	/**
	 * The new value that {@link #change} sets, for printing.
	 * @param attribute which attribute
	 * @param value the small number
	 * @return a description such as "name p3"
	 */
	String attribute(int attribute, int value) {
		return this.attributes.get(attribute % this.attributes.size()).describe(value);
	}

	/**
	 * The entity as plain values.
	 * @param entity an entity of this kind
	 * @param deep whether to include its collection (loading it)
	 * @return the description
	 */
	String describe(Object entity, boolean deep) {
		return label() + "(" + this.describe.apply(entity)
				+ ((deep && this.collection != null) ? ", " + this.collection.apply(entity) : "") + ")";
	}

	String label() {
		return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
	}

	private static String ids(List<@Nullable Long> ids) {
		return ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(",", "[", "]"));
	}

	/**
	 * An attribute that the operations set, to a value made of a small number.
	 *
	 * @param name the attribute's name
	 * @param value makes the value
	 * @param setter sets it
	 */
	record Attribute(String name, IntFunction<?> value, BiConsumer<Object, Object> setter) {

		@SuppressWarnings("unchecked")
		static <E, V> Attribute of(String name, IntFunction<V> value, BiConsumer<E, V> setter) {
			return new Attribute(name, value, (BiConsumer<Object, Object>) setter);
		}

		void set(Object entity, int number) {
			this.setter.accept(entity, Objects.requireNonNull(this.value.apply(number)));
		}

		String describe(int number) {
			return this.name + " " + this.value.apply(number);
		}

	}

}
