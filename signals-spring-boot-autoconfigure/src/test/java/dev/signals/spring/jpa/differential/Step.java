package dev.signals.spring.jpa.differential;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One operation of a {@link Program}. It names entities by {@link Ref}, so that it does the same
 * in both applications, and reports what the application read through {@link Replay#read}.
 */
sealed interface Step extends Tree {

	/**
	 * Runs the step.
	 * @param replay the replay in one application
	 * @param path where the step is, such as "3" or "4.2", for failures
	 */
	void run(Replay replay, String path);

	static void print(StringBuilder text, List<? extends Step> steps, String indent, String prefix) {
		int number = 0;
		for (Step step : steps) {
			String path = prefix + (++number);
			text.append(indent).append(path).append(' ').append(step).append('\n');
			if (step instanceof Inner inner) {
				print(text, inner.steps(), indent + "  ", path + ".");
			}
		}
	}

	/**
	 * The index-th entity of a kind that the program created, whatever its id in each application.
	 *
	 * @param kind the kind
	 * @param index its index among the entities of that kind, in the order they were created
	 */
	record Ref(Kind kind, int index) {

		@Override
		public String toString() {
			return this.kind.label() + "#" + this.index;
		}

	}

	/** How a new entity is saved. */
	enum Save {

		PERSIST("em.persist"), SAVE("repository.save"), SAVE_AND_FLUSH("repository.saveAndFlush");

		final String call;

		Save(String call) {
			this.call = call;
		}

	}

	/**
	 * Creates an entity and saves it.
	 *
	 * @param kind the kind
	 * @param value its values
	 * @param save how it is saved
	 * @param catching whether the caller catches a {@link DataAccessException} of the save
	 */
	record Persist(Kind kind, int value, Save save, boolean catching) implements Step {

		@Override
		public void run(Replay replay, String path) {
			Object entity = this.kind.create(this.value);
			replay.created(this.kind, entity);
			try {
				switch (this.save) {
					case PERSIST -> replay.em().persist(entity);
					case SAVE -> replay.app().repository(this.kind).save(entity);
					case SAVE_AND_FLUSH -> replay.app().repository(this.kind).saveAndFlush(entity);
				}
				replay.read("id " + replay.app().id(entity));
			}
			catch (DataAccessException ex) {
				if (!this.catching) {
					throw ex;
				}
				replay.caught("caught", ex);
			}
		}

		@Override
		public List<Tree> simpler() {
			return this.catching ? List.of(new Persist(this.kind, this.value, this.save, false)) : List.of();
		}

		@Override
		public String toString() {
			return "new " + this.kind.describe(this.kind.create(this.value), false).replace("(null, ", "(")
					+ " with " + this.save.call + (this.catching ? ", catching its DataAccessException" : "");
		}

	}

	/**
	 * Changes an attribute of a managed entity.
	 *
	 * @param ref the entity
	 * @param attribute which attribute
	 * @param value the new value
	 */
	record Change(Ref ref, int attribute, int value) implements Step {

		@Override
		public void run(Replay replay, String path) {
			Object entity = replay.find(this.ref);
			if (entity != null) {
				this.ref.kind().change(entity, this.attribute, this.value);
			}
		}

		@Override
		public String toString() {
			return "set " + this.ref + " " + this.ref.kind().attribute(this.attribute, this.value);
		}

	}

	/** How {@link Embed} changes the embeddable. */
	enum EmbedChange {

		IN_PLACE, REPLACE, CLEAR

	}

	/**
	 * Changes the address of a person.
	 *
	 * @param ref the person
	 * @param value the new city
	 * @param change in place, by a new address, or to none
	 */
	record Embed(Ref ref, int value, EmbedChange change) implements Step {

		@Override
		public void run(Replay replay, String path) {
			Person person = (Person) replay.find(this.ref);
			if (person == null) {
				return;
			}
			Address address = person.getAddress();
			switch (this.change) {
				case IN_PLACE -> {
					if (address != null) {
						address.setCity("city " + this.value);
					}
					else {
						replay.read("no address");
					}
				}
				case REPLACE -> person.setAddress(new Address("street " + this.value, "city " + this.value));
				case CLEAR -> person.setAddress(null);
			}
		}

		@Override
		public String toString() {
			return switch (this.change) {
				case IN_PLACE -> this.ref + ".getAddress().setCity(\"city " + this.value + "\")";
				case REPLACE -> this.ref + ".setAddress(new Address(\"street " + this.value + "\", \"city "
						+ this.value + "\"))";
				case CLEAR -> this.ref + ".setAddress(null)";
			};
		}

	}

	/**
	 * Adds a new book to an author's books, saved by the cascade.
	 *
	 * @param author the author
	 * @param value the title
	 */
	record AddBook(Ref author, int value) implements Step {

		@Override
		public void run(Replay replay, String path) {
			Author found = (Author) replay.find(this.author);
			Book book = new Book("b" + this.value, (found != null) ? found : new Author("none"));
			replay.created(Kind.BOOK, book);
			if (found != null) {
				found.getBooks().add(book);
			}
		}

		@Override
		public String toString() {
			return this.author + ".getBooks().add(new Book#? (b" + this.value + ", author " + this.author + "))";
		}

	}

	/**
	 * Removes a book from its author's books: orphan removal deletes it.
	 *
	 * @param author the author
	 * @param position the position of the book, modulo the number of books
	 */
	record RemoveBook(Ref author, int position) implements Step {

		@Override
		public void run(Replay replay, String path) {
			Author found = (Author) replay.find(this.author);
			if (found == null) {
				return;
			}
			List<Book> books = found.getBooks();
			if (books.isEmpty()) {
				replay.read("no books");
				return;
			}
			replay.read("removed " + Kind.BOOK.describe(books.remove(this.position % books.size()), false));
		}

		@Override
		public String toString() {
			return this.author + ".getBooks().remove(" + this.position + " % size)";
		}

	}

	/**
	 * Moves a book from one author to another: {@code from.getBooks().remove(book);
	 * to.getBooks().add(book); book.setAuthor(to)}.
	 *
	 * @param from the author it leaves
	 * @param position the position of the book, modulo the number of books
	 * @param to the author it joins
	 */
	record MoveBook(Ref from, int position, Ref to) implements Step {

		@Override
		public void run(Replay replay, String path) {
			Author source = (Author) replay.find(this.from);
			Author target = (Author) replay.find(this.to);
			if (source == null || target == null) {
				return;
			}
			List<Book> books = source.getBooks();
			if (books.isEmpty()) {
				replay.read("no books");
				return;
			}
			Book book = books.remove(this.position % books.size());
			target.getBooks().add(book);
			book.setAuthor(target);
			replay.read("moved " + Kind.BOOK.describe(book, false));
		}

		@Override
		public String toString() {
			return "move book " + this.position + " % size of " + this.from + " to " + this.to
					+ " (remove from one list, add to the other, set its author)";
		}

	}

	/** Which side of the many-to-many association {@link Link} changes. */
	enum Side {

		OWNING, INVERSE, BOTH

	}

	/**
	 * Adds a student to a course or removes it, on one side of the association or both.
	 *
	 * @param course the course (owning side)
	 * @param student the student (inverse side)
	 * @param side which sides change
	 * @param add whether to add or remove
	 */
	record Link(Ref course, Ref student, Side side, boolean add) implements Step {

		@Override
		public void run(Replay replay, String path) {
			Course c = (Course) replay.find(this.course);
			Student s = (Student) replay.find(this.student);
			if (c == null || s == null) {
				return;
			}
			if (this.side != Side.INVERSE) {
				replay.read("owning side changed: " + (this.add ? c.getStudents().add(s) : c.getStudents().remove(s)));
			}
			if (this.side != Side.OWNING) {
				replay.read("inverse side changed: " + (this.add ? s.getCourses().add(c) : s.getCourses().remove(c)));
			}
		}

		@Override
		public String toString() {
			String verb = this.add ? "add" : "remove";
			return switch (this.side) {
				case OWNING -> this.course + ".getStudents()." + verb + "(" + this.student + ")";
				case INVERSE -> this.student + ".getCourses()." + verb + "(" + this.course + ") (inverse side only)";
				case BOTH -> this.course + ".getStudents()." + verb + "(" + this.student + ") and " + this.student
						+ ".getCourses()." + verb + "(" + this.course + ")";
			};
		}

	}

	/** How {@link Remove} removes. */
	enum Removal {

		FIND_AND_REMOVE("em.remove(em.find(..))"), DELETE("repository.delete(entity)"),
		DELETE_BY_ID("repository.deleteById(id)"), BY_REFERENCE("em.remove(em.getReference(..))");

		final String call;

		Removal(String call) {
			this.call = call;
		}

	}

	/**
	 * Removes an entity.
	 *
	 * @param ref the entity
	 * @param removal how
	 */
	record Remove(Ref ref, Removal removal) implements Step {

		@Override
		public void run(Replay replay, String path) {
			EntityManager em = replay.em();
			switch (this.removal) {
				case FIND_AND_REMOVE, DELETE -> {
					Object entity = replay.find(this.ref);
					if (entity == null) {
						return;
					}
					if (this.removal == Removal.DELETE) {
						replay.app().repository(this.ref.kind()).delete(entity);
					}
					else {
						em.remove(entity);
					}
				}
				case DELETE_BY_ID, BY_REFERENCE -> {
					Object id = replay.id(this.ref);
					if (id == null) {
						return;
					}
					if (this.removal == Removal.DELETE_BY_ID) {
						replay.app().repository(this.ref.kind()).deleteById(id);
					}
					else {
						em.remove(em.getReference(this.ref.kind().type, id));
					}
				}
			}
		}

		@Override
		public String toString() {
			return "remove " + this.ref + " with " + this.removal.call;
		}

	}

	/**
	 * Reads a detached copy of an entity with an EntityManager of its own, to merge later.
	 *
	 * @param ref the entity
	 * @param slot where the copy is kept
	 */
	record TakeCopy(Ref ref, int slot) implements Step {

		@Override
		public void run(Replay replay, String path) {
			Object id = replay.id(this.ref);
			Object copy = null;
			if (id != null) {
				try (EntityManager other = replay.app().entityManagerFactory().createEntityManager()) {
					copy = other.find(this.ref.kind().type, id);
				}
			}
			replay.copy(this.slot, this.ref.kind(), copy);
			replay.read("copy " + ((copy != null) ? this.ref.kind().describe(copy, false) : "absent"));
		}

		@Override
		public String toString() {
			return "copy" + this.slot + " = detached copy of " + this.ref + " read by another EntityManager";
		}

	}

	/**
	 * Changes a detached copy and merges it: a stale copy of a versioned entity fails.
	 *
	 * @param slot the copy
	 * @param attribute which attribute changes
	 * @param value the new value
	 * @param repository whether {@code repository.save} merges it instead of {@code em.merge}
	 */
	record MergeCopy(int slot, int attribute, int value, boolean repository) implements Step {

		@Override
		public void run(Replay replay, String path) {
			Replay.Copy copy = replay.copy(this.slot);
			if (copy == null) {
				replay.read("no copy");
				return;
			}
			Kind kind = copy.kind();
			kind.change(copy.entity(), this.attribute, this.value);
			Object merged = this.repository ? replay.app().repository(kind).save(copy.entity())
					: replay.em().merge(copy.entity());
			replay.read("merged " + kind.describe(merged, false));
		}

		@Override
		public String toString() {
			return "set attribute " + this.attribute + " (modulo their number) of copy" + this.slot + " to value "
					+ this.value + ", then " + (this.repository ? "repository.save(copy" : "em.merge(copy") + this.slot
					+ ")";
		}

	}

	/**
	 * Finds an entity and reads it, with its collections.
	 *
	 * @param ref the entity
	 */
	record Find(Ref ref) implements Step {

		@Override
		public void run(Replay replay, String path) {
			Object entity = replay.find(this.ref);
			replay.read((entity != null) ? this.ref.kind().describe(entity, true) : this.ref + " absent");
		}

		@Override
		public String toString() {
			return "read " + this.ref + " with em.find";
		}

	}

	/** What {@link Query} runs. */
	enum QueryKind {

		JPQL, COUNT, NATIVE_COUNT

	}

	/**
	 * Queries a table: Hibernate flushes first if pending changes touch it (a native query flushes
	 * every change).
	 *
	 * @param kind the entity whose table is queried
	 * @param query what query
	 */
	record Query(Kind kind, QueryKind query) implements Step {

		@Override
		public void run(Replay replay, String path) {
			switch (this.query) {
				case JPQL -> replay.read(Replay.rows(replay.em().createQuery(this.kind.query).getResultList()));
				case COUNT -> replay.read("count " + replay.app().repository(this.kind).count());
				case NATIVE_COUNT -> replay.read("count " + replay.em()
					.createNativeQuery("select count(*) from " + this.kind.table)
					.getSingleResult());
			}
		}

		@Override
		public String toString() {
			return switch (this.query) {
				case JPQL -> "query \"" + this.kind.query + "\"";
				case COUNT -> "repository.count() of " + this.kind.label();
				case NATIVE_COUNT -> "native query \"select count(*) from " + this.kind.table + "\"";
			};
		}

	}

	/** Queries the join table of the many-to-many association. */
	record QueryLinks() implements Step {

		static final String QUERY = "select c.id, s.id from Course c join c.students s order by c.id, s.id";

		@Override
		public void run(Replay replay, String path) {
			replay.read(Replay.rows(replay.em().createQuery(QUERY).getResultList()));
		}

		@Override
		public String toString() {
			return "query \"" + QUERY + "\"";
		}

	}

	/** {@code em.flush()}. */
	record Flush() implements Step {

		@Override
		public void run(Replay replay, String path) {
			replay.em().flush();
		}

		@Override
		public String toString() {
			return "em.flush()";
		}

	}

	/** {@code em.clear()}. */
	record Clear() implements Step {

		@Override
		public void run(Replay replay, String path) {
			replay.em().clear();
		}

		@Override
		public String toString() {
			return "em.clear()";
		}

	}

	/**
	 * Refreshes or detaches a managed entity.
	 *
	 * @param ref the entity
	 * @param detach whether to detach it instead
	 */
	record Refresh(Ref ref, boolean detach) implements Step {

		@Override
		public void run(Replay replay, String path) {
			Object entity = replay.find(this.ref);
			if (entity == null) {
				return;
			}
			if (this.detach) {
				replay.em().detach(entity);
			}
			else {
				replay.em().refresh(entity);
				replay.read(this.ref.kind().describe(entity, false));
			}
		}

		@Override
		public String toString() {
			return (this.detach ? "em.detach(" : "em.refresh(") + this.ref + ")";
		}

	}

	/** The bulk statements of {@link Bulk}. */
	enum BulkStatement {

		RAISE_BALANCES("update Account a set a.balance = a.balance + 1"),
		RESET_BALANCES_VERSIONED("update versioned Account a set a.balance = 0"),
		MOVE_PEOPLE("update Person p set p.address.city = 'moved'"),
		DELETE_NOTES("delete from Note n where n.text = :value"),
		DELETE_BOOKS("delete from Book b where b.title = :value"),
		DELETE_GAUGES("delete from Gauge g where g.name = :value");

		final String jpql;

		BulkStatement(String jpql) {
			this.jpql = jpql;
		}

	}

	/**
	 * A bulk JPQL statement, which flushes what touches its table first.
	 *
	 * @param statement the statement
	 * @param value the value it matches, if it takes one
	 */
	record Bulk(BulkStatement statement, int value) implements Step {

		@Override
		public void run(Replay replay, String path) {
			jakarta.persistence.Query query = replay.em().createQuery(this.statement.jpql);
			if (this.statement.jpql.contains(":value")) {
				query.setParameter("value", parameter());
			}
			replay.read("bulk rows " + query.executeUpdate());
		}

		private String parameter() {
			return switch (this.statement) {
				case DELETE_NOTES -> "n" + this.value;
				case DELETE_BOOKS -> "b" + this.value;
				default -> "g" + this.value;
			};
		}

		@Override
		public String toString() {
			return "bulk \"" + this.statement.jpql + "\""
					+ (this.statement.jpql.contains(":value") ? " with value " + parameter() : "");
		}

	}

	/** How {@link Inner} ends its transaction. */
	enum Ending {

		RETURN("returns"), ROLLBACK_ONLY("calls status.setRollbackOnly()"), THROW("throws");

		final String description;

		Ending(String description) {
			this.description = description;
		}

	}

	/**
	 * A call of a transactional method from the current transaction; the caller catches what it
	 * throws. An inner REQUIRED call that fails or marks rollback-only dooms the outer transaction.
	 *
	 * @param requiresNew whether it is REQUIRES_NEW (else REQUIRED)
	 * @param ending how it ends
	 * @param steps what it does
	 */
	record Inner(boolean requiresNew, Ending ending, List<Step> steps) implements Step {

		@Override
		public void run(Replay replay, String path) {
			TransactionTemplate template = replay.app()
				.transaction(this.requiresNew ? TransactionDefinition.PROPAGATION_REQUIRES_NEW
						: TransactionDefinition.PROPAGATION_REQUIRED, false);
			try {
				template.executeWithoutResult((status) -> {
					replay.steps(this.steps, path + ".");
					switch (this.ending) {
						case ROLLBACK_ONLY -> status.setRollbackOnly();
						case THROW -> throw new IllegalStateException("thrown on purpose by the inner call");
						case RETURN -> {
						}
					}
				});
				replay.read("inner returned");
			}
			catch (RuntimeException ex) {
				replay.caught("inner call failed", ex);
			}
		}

		@Override
		public List<Step> parts() {
			return this.steps;
		}

		@Override
		@SuppressWarnings("unchecked")
		public Inner withParts(List<? extends Tree> parts) {
			return new Inner(this.requiresNew, this.ending, (List<Step>) parts);
		}

		@Override
		public List<Tree> simpler() {
			List<Tree> simpler = new ArrayList<>();
			if (this.ending != Ending.RETURN) {
				simpler.add(new Inner(this.requiresNew, Ending.RETURN, this.steps));
			}
			return simpler;
		}

		@Override
		public String toString() {
			return "call a " + (this.requiresNew ? "REQUIRES_NEW" : "REQUIRED") + " method that "
					+ ((this.steps.isEmpty()) ? "" : "does the following and then ") + this.ending.description
					+ "; the caller catches what it throws";
		}

	}

	/**
	 * Another thread changes an entity in a transaction of its own and commits, while this
	 * transaction waits for it: the row may be locked by this transaction, and a versioned
	 * entity becomes stale here.
	 *
	 * @param ref the entity
	 * @param attribute which attribute
	 * @param value the new value
	 */
	record Conflict(Ref ref, int attribute, int value) implements Step {

		@Override
		public void run(Replay replay, String path) {
			replay.read("other thread: " + replay.inOtherThread(this.ref, (entity) -> this.ref.kind()
				.change(entity, this.attribute, this.value)));
		}

		@Override
		public String toString() {
			return "another thread sets " + this.ref + " " + this.ref.kind().attribute(this.attribute, this.value)
					+ " in its own transaction, and this one waits for it";
		}

	}

}
