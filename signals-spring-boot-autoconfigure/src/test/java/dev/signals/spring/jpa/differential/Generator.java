package dev.signals.spring.jpa.differential;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import dev.signals.spring.jpa.differential.Program.Mode;
import dev.signals.spring.jpa.differential.Program.Tx;
import dev.signals.spring.jpa.differential.Program.Unit;
import dev.signals.spring.jpa.differential.Step.BulkStatement;
import dev.signals.spring.jpa.differential.Step.EmbedChange;
import dev.signals.spring.jpa.differential.Step.Ending;
import dev.signals.spring.jpa.differential.Step.QueryKind;
import dev.signals.spring.jpa.differential.Step.Ref;
import dev.signals.spring.jpa.differential.Step.Removal;
import dev.signals.spring.jpa.differential.Step.Save;
import dev.signals.spring.jpa.differential.Step.Side;
import org.jspecify.annotations.Nullable;

/**
 * Makes a random {@link Program} from a seed: the same seed makes the same program. It tracks
 * how many entities of each kind the program creates, so that references mostly name entities
 * that exist (a failed or rolled back creation leaves a reference to an absent one, as it should).
 */
final class Generator {

	private static final int SLOTS = 2;

	private static final Set<Operation> ALL = EnumSet.allOf(Operation.class);

	private static final Set<Operation> NOT_NESTED = EnumSet.complementOf(EnumSet.of(Operation.INNER));

	private static final Set<Operation> OUTSIDE = EnumSet.of(Operation.CHANGE, Operation.EMBED, Operation.BOOKS,
			Operation.LINK, Operation.FIND, Operation.QUERY, Operation.COPY);

	private final Random random;

	private final List<Kind> createdByPersist = new ArrayList<>(List.of(Kind.PERSON, Kind.ACCOUNT, Kind.AUTHOR,
			Kind.COURSE, Kind.STUDENT, Kind.GAUGE, Kind.NOTE));

	private final int[] created = new int[Kind.values().length];

	private final Set<Integer> copies = new HashSet<>();

	private final boolean books;

	private final Exclusions excluded;

	private Generator(long seed, Exclusions excluded) {
		this.random = new Random(seed);
		this.excluded = excluded;
		this.createdByPersist.removeAll(excluded.kinds());
		this.books = !excluded.kinds().contains(Kind.BOOK);
	}

	/**
	 * Makes a program.
	 * @param seed the seed
	 * @param excluded what the program does not do (to look past a known difference)
	 * @return the program
	 */
	static Program program(long seed, Exclusions excluded) {
		return new Generator(seed, excluded).program();
	}

	private Program program() {
		List<Unit> units = new ArrayList<>();
		units.add(new Unit(false, List.of(new Tx(Mode.READ_WRITE, creations()))));
		int count = 3 + this.random.nextInt(6);
		for (int i = 0; i < count; i++) {
			units.add(chance(4) ? session() : new Unit(false, List.of(transaction(false))));
		}
		return new Program(units);
	}

	private List<Step> creations() {
		List<Step> steps = new ArrayList<>();
		int count = 3 + this.random.nextInt(6);
		for (int i = 0; i < count; i++) {
			steps.add((this.created[Kind.AUTHOR.ordinal()] > 0 && chance(4)) ? addBook() : persist());
		}
		return steps;
	}

	private Unit session() {
		List<Tx> transactions = new ArrayList<>();
		int count = 2 + this.random.nextInt(3);
		for (int i = 0; i < count; i++) {
			transactions.add(transaction(chance(3)));
		}
		return new Unit(true, transactions);
	}

	private Tx transaction(boolean outside) {
		Mode mode = outside ? Mode.NONE : (chance(12) ? Mode.READ_ONLY : Mode.READ_WRITE);
		List<Step> steps = new ArrayList<>();
		int count = 1 + this.random.nextInt(6);
		for (int i = 0; i < count; i++) {
			steps.add(outside ? outsideStep() : step(true));
		}
		return new Tx(mode, steps);
	}

	/** A step that needs no transaction: reads, and changes that the next transaction flushes. */
	private Step outsideStep() {
		return make(pick(OUTSIDE));
	}

	private Step step(boolean nest) {
		return make(pick(nest ? ALL : NOT_NESTED));
	}

	private Operation pick(Set<Operation> candidates) {
		List<Operation> allowed = candidates.stream()
			.filter((operation) -> !this.excluded.operations().contains(operation))
			.toList();
		if (allowed.isEmpty()) {
			return Operation.PERSIST;
		}
		int pick = this.random.nextInt(allowed.stream().mapToInt((operation) -> operation.weight).sum());
		for (Operation operation : allowed) {
			pick -= operation.weight;
			if (pick < 0) {
				return operation;
			}
		}
		throw new IllegalStateException("weights");
	}

	private Step make(Operation operation) {
		return switch (operation) {
			case PERSIST -> persist();
			case CHANGE -> change();
			case EMBED -> embed();
			case BOOKS -> bookChange();
			case LINK -> link();
			case REMOVE -> remove();
			case COPY -> takeCopy();
			case MERGE -> mergeCopy();
			case FIND -> find();
			case QUERY -> query();
			case FLUSH -> new Step.Flush();
			case CLEAR -> new Step.Clear();
			case REFRESH -> refresh();
			case BULK -> new Step.Bulk(pickOf(BulkStatement.values()), value());
			case INNER -> inner();
			case CONFLICT -> conflict();
		};
	}

	private Step persist() {
		Kind kind = pickOf(this.createdByPersist);
		this.created[kind.ordinal()]++;
		int how = this.random.nextInt(10);
		Save save = (how < 4) ? Save.PERSIST : (how < 8) ? Save.SAVE : Save.SAVE_AND_FLUSH;
		return new Step.Persist(kind, value(), save, save == Save.SAVE_AND_FLUSH && chance(2));
	}

	private Step addBook() {
		Ref author = ref(Kind.AUTHOR);
		if (author == null || !this.books) {
			return persist();
		}
		this.created[Kind.BOOK.ordinal()]++;
		return new Step.AddBook(author, value());
	}

	private static Ref author(@Nullable Ref ref) {
		if (ref == null) {
			throw new IllegalStateException("an author exists");
		}
		return ref;
	}

	private Step change() {
		Ref ref = anyRef();
		return (ref != null) ? new Step.Change(ref, this.random.nextInt(ref.kind().attributes()), value()) : persist();
	}

	private Step embed() {
		Ref person = ref(Kind.PERSON);
		return (person != null) ? new Step.Embed(person, value(), pickOf(EmbedChange.values())) : persist();
	}

	private Step bookChange() {
		Ref author = ref(Kind.AUTHOR);
		if (author == null) {
			return persist();
		}
		return switch (this.random.nextInt(3)) {
			case 0 -> addBook();
			case 1 -> new Step.RemoveBook(author, this.random.nextInt(4));
			default -> new Step.MoveBook(author, this.random.nextInt(4), author(ref(Kind.AUTHOR)));
		};
	}

	private Step link() {
		Ref course = ref(Kind.COURSE);
		Ref student = ref(Kind.STUDENT);
		if (course == null || student == null) {
			return persist();
		}
		return new Step.Link(course, student, pickOf(Side.values()), !chance(3));
	}

	private Step remove() {
		Ref ref = anyRef();
		return (ref != null) ? new Step.Remove(ref, pickOf(Removal.values())) : persist();
	}

	private Step takeCopy() {
		Ref ref = anyRef();
		if (ref == null) {
			return persist();
		}
		int slot = this.random.nextInt(SLOTS);
		this.copies.add(slot);
		return new Step.TakeCopy(ref, slot);
	}

	private Step mergeCopy() {
		if (this.copies.isEmpty()) {
			return takeCopy();
		}
		int slot = pickOf(List.copyOf(this.copies));
		return new Step.MergeCopy(slot, this.random.nextInt(2), value(), chance(2));
	}

	private Step find() {
		Ref ref = anyRef();
		return (ref != null) ? new Step.Find(ref) : persist();
	}

	private Step query() {
		if (chance(8)) {
			return new Step.QueryLinks();
		}
		int how = this.random.nextInt(5);
		return new Step.Query(pickOf(Kind.values()),
				(how < 3) ? QueryKind.JPQL : (how < 4) ? QueryKind.COUNT : QueryKind.NATIVE_COUNT);
	}

	private Step refresh() {
		Ref ref = anyRef();
		return (ref != null) ? new Step.Refresh(ref, chance(2)) : persist();
	}

	private Step inner() {
		List<Step> steps = new ArrayList<>();
		int count = this.random.nextInt(4);
		for (int i = 0; i < count; i++) {
			steps.add(step(false));
		}
		int ending = this.random.nextInt(4);
		return new Step.Inner(chance(2), (ending < 2) ? Ending.RETURN : (ending < 3) ? Ending.ROLLBACK_ONLY : Ending.THROW,
				steps);
	}

	private Step conflict() {
		Ref ref = anyRef();
		return (ref != null) ? new Step.Conflict(ref, this.random.nextInt(ref.kind().attributes()), value()) : persist();
	}

	private @Nullable Ref anyRef() {
		List<Kind> kinds = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			if (this.created[kind.ordinal()] > 0) {
				kinds.add(kind);
			}
		}
		return kinds.isEmpty() ? null : ref(pickOf(kinds));
	}

	private @Nullable Ref ref(Kind kind) {
		int count = this.created[kind.ordinal()];
		return (count > 0) ? new Ref(kind, this.random.nextInt(count)) : null;
	}

	private int value() {
		return this.random.nextInt(8);
	}

	private boolean chance(int oneIn) {
		return this.random.nextInt(oneIn) == 0;
	}

	private <T> T pickOf(T[] values) {
		return values[this.random.nextInt(values.length)];
	}

	private <T> T pickOf(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	/** The operations of a transaction, with how often each is picked. */
	enum Operation {

		PERSIST(14), CHANGE(14), EMBED(4), BOOKS(10), LINK(7), REMOVE(7), COPY(3), MERGE(4), FIND(5), QUERY(7),
		FLUSH(5), CLEAR(2), REFRESH(2), BULK(4), INNER(5), CONFLICT(4);

		final int weight;

		Operation(int weight) {
			this.weight = weight;
		}

	}

	/**
	 * What programs leave out.
	 *
	 * @param kinds the kinds of entities they do not create (excluding {@link Kind#AUTHOR} excludes
	 * books too)
	 * @param operations the operations they do not do (persisting still creates the first entities)
	 */
	record Exclusions(Set<Kind> kinds, Set<Operation> operations) {

		/**
		 * Parses a list of kinds and operations, such as "gauge,inner".
		 * @param names the names, separated by commas
		 * @return the exclusions
		 */
		static Exclusions parse(String names) {
			Set<Kind> kinds = EnumSet.noneOf(Kind.class);
			Set<Operation> operations = EnumSet.noneOf(Operation.class);
			for (String name : names.split(",")) {
				String upper = name.strip().toUpperCase(Locale.ROOT);
				if (upper.isEmpty()) {
					continue;
				}
				if (Arrays.stream(Kind.values()).anyMatch((kind) -> kind.name().equals(upper))) {
					kinds.add(Kind.valueOf(upper));
				}
				else if (Arrays.stream(Operation.values()).anyMatch((operation) -> operation.name().equals(upper))) {
					operations.add(Operation.valueOf(upper));
				}
				else {
					throw new IllegalArgumentException("Cannot exclude '" + name + "': name one of "
							+ Arrays.toString(Kind.values()) + " or " + Arrays.toString(Operation.values()));
				}
			}
			return new Exclusions(kinds, operations);
		}

		boolean isEmpty() {
			return this.kinds.isEmpty() && this.operations.isEmpty();
		}

		@Override
		public String toString() {
			return "without " + this.kinds + " " + this.operations;
		}

	}

}
