package dev.signals;

import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Random sequences of dispatcher operations, each checked step by step against a small model of
 * Django's semantics: a list of connections in connection order, keyed by (dispatch uid or
 * receiver, sender), the first connection of a key winning. jqwik shrinks a failing sequence to a
 * minimal one.
 */
class DispatcherModelTests {

	static final int SLOTS = 4;

	static final String[] UIDS = { "u0", "u1" };

	@Property(tries = 1500)
	void dispatcherBehavesLikeTheModel(@ForAll("actions") List<Action> actions) {
		World world = new World();
		for (Action action : actions) {
			action.run(world);
			world.checkConnections();
		}
		world.close();
	}

	@Provide
	Arbitrary<List<Action>> actions() {
		Arbitrary<Integer> slot = Arbitraries.integers().between(0, SLOTS - 1);
		Arbitrary<Integer> sender = Arbitraries.integers().between(0, 2);
		Arbitrary<String> uid = Arbitraries.of(UIDS).injectNull(0.6);
		Arbitrary<Action> connect = Combinators.combine(slot, sender, uid, Arbitraries.of(true, false))
			.as(ConnectAction::new);
		Arbitrary<Action> disconnect = Combinators.combine(slot, sender).as(DisconnectAction::new);
		Arbitrary<Action> disconnectUid = Combinators.combine(Arbitraries.of(UIDS), sender)
			.as(DisconnectUidAction::new);
		Arbitrary<Action> disconnectHandle = Arbitraries.integers().between(0, 20).map(DisconnectHandleAction::new);
		Arbitrary<Action> send = Combinators.combine(sender, Arbitraries.of(true, false)).as(SendAction::new);
		Arbitrary<Action> collect = slot.map(CollectAction::new);
		Arbitrary<Action> mute = Arbitraries.of(true, false).map(MuteAction::new);
		return Arbitraries
			.frequencyOf(Tuple.of(8, connect), Tuple.of(3, disconnect), Tuple.of(2, disconnectUid),
					Tuple.of(2, disconnectHandle), Tuple.of(8, send), Tuple.of(1, collect), Tuple.of(2, mute))
			.list()
			.ofMaxSize(30);
	}

	/** One step of a sequence. */
	interface Action {

		void run(World world);

	}

	record ConnectAction(int slot, int sender, String uid, boolean weak) implements Action {

		@Override
		public void run(World world) {
			Object receiver = world.receiver(this.slot);
			String label = receiver.toString();
			Object sender = world.senders[this.sender];
			Connect options = (sender != null) ? Connect.sender(sender) : Connect.anySender();
			options = (this.uid != null) ? options.dispatchUid(this.uid) : options;
			options = this.weak ? options.weak() : options;
			Connection connection = (receiver instanceof SignalResponder responder)
					? world.signal.connectResponder(responder, options)
					: world.signal.connect((SignalReceiver) receiver, options);
			receiver = null;
			ModelEntry existing = world.find(label, this.uid, sender);
			if (existing != null) {
				assertThat(connection.added()).as("connect of an existing key is ignored").isFalse();
				assertThat(connection.disconnect()).isFalse();
				return;
			}
			assertThat(connection.added()).as("connect of a new key adds it").isTrue();
			ModelEntry entry = new ModelEntry(label, this.slot, this.uid, sender, this.weak, connection);
			world.model.add(entry);
		}

		@Override
		public String toString() {
			return "connect(slot " + this.slot + ", sender " + this.sender + ", uid " + this.uid
					+ (this.weak ? ", weak)" : ")");
		}

	}

	record DisconnectAction(int slot, int sender) implements Action {

		@Override
		public void run(World world) {
			Object receiver = world.receiver(this.slot);
			Object sender = world.senders[this.sender];
			ModelEntry existing = world.find(receiver.toString(), null, sender);
			assertThat(world.signal.disconnect(receiver, sender)).isEqualTo(existing != null);
			world.remove(existing);
		}

	}

	record DisconnectUidAction(String uid, int sender) implements Action {

		@Override
		public void run(World world) {
			Object sender = world.senders[this.sender];
			ModelEntry existing = world.find(null, this.uid, sender);
			assertThat(world.signal.disconnectUid(this.uid, sender)).isEqualTo(existing != null);
			world.remove(existing);
		}

	}

	record DisconnectHandleAction(int index) implements Action {

		@Override
		public void run(World world) {
			if (world.model.isEmpty()) {
				return;
			}
			ModelEntry entry = world.model.get(this.index % world.model.size());
			assertThat(entry.connection.isConnected()).isTrue();
			assertThat(entry.connection.disconnect()).isTrue();
			assertThat(entry.connection.isConnected()).isFalse();
			assertThat(entry.connection.disconnect()).isFalse();
			world.remove(entry);
		}

	}

	record SendAction(int sender, boolean robust) implements Action {

		@Override
		public void run(World world) {
			Object sender = world.senders[this.sender];
			List<ModelEntry> expected = world.muted.isEmpty() ? world.model.stream()
				.filter((entry) -> entry.sender == null || entry.sender == sender)
				.toList() : List.of();
			assertThat(world.signal.hasListeners(sender)).isEqualTo(!expected.isEmpty());
			world.calls.clear();
			int failing = indexOfFailing(expected);
			if (!this.robust && failing >= 0) {
				assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> world.signal.send(sender))
					.withMessage(expected.get(failing).label);
				assertThat(world.calls).isEqualTo(labels(expected.subList(0, failing + 1)));
				return;
			}
			List<Response> responses = this.robust ? world.signal.sendRobust(sender, world.signal.arguments())
					: world.signal.send(sender);
			assertThat(world.calls).isEqualTo(labels(expected));
			assertThat(responses).hasSameSizeAs(expected);
			for (int i = 0; i < expected.size(); i++) {
				ModelEntry entry = expected.get(i);
				Response response = responses.get(i);
				assertThat(response.receiver()).hasToString(entry.label);
				assertThat(response.value()).isEqualTo((entry.slot == World.RESPONDER) ? entry.label : null);
				assertThat(response.failed()).isEqualTo(entry.slot == World.FAILING);
			}
		}

		private static int indexOfFailing(List<ModelEntry> entries) {
			for (int i = 0; i < entries.size(); i++) {
				if (entries.get(i).slot == World.FAILING) {
					return i;
				}
			}
			return -1;
		}

		private static List<String> labels(List<ModelEntry> entries) {
			return entries.stream().map(ModelEntry::label).toList();
		}

	}

	/** Lets a slot's receiver go; if the signal holds it only weakly, it must be collected and disappear. */
	record CollectAction(int slot) implements Action {

		@Override
		public void run(World world) {
			String label = world.receiver(this.slot).toString();
			List<ModelEntry> entries = world.model.stream().filter((entry) -> entry.label.equals(label)).toList();
			if (entries.isEmpty() || entries.stream().anyMatch((entry) -> !entry.weak)) {
				return;
			}
			WeakReference<Object> watched = world.collection.watch(world.slots[this.slot]);
			world.slots[this.slot] = null;
			world.collection.awaitCollected(watched);
			entries.forEach(world::remove);
		}

	}

	record MuteAction(boolean mute) implements Action {

		@Override
		public void run(World world) {
			if (this.mute) {
				world.muted.push(world.signal.mute());
			}
			else if (!world.muted.isEmpty()) {
				world.muted.pop().close();
			}
			assertThat(world.signal.isMuted()).isEqualTo(!world.muted.isEmpty());
		}

	}

	/** A connection as the model sees it; the label stands for the receiver so the model holds none. */
	record ModelEntry(String label, int slot, String uid, Object sender, boolean weak, Connection connection) {
	}

	/** The signal under test, its receivers and senders, and the model. */
	static final class World {

		static final int RESPONDER = 2;

		static final int FAILING = 3;

		final Signal signal = Signal.of("modelled");

		final Object[] senders = { null, new Object(), new Object() };

		final Object[] slots = new Object[SLOTS];

		final int[] generations = new int[SLOTS];

		final List<String> calls = new ArrayList<>();

		final List<ModelEntry> model = new ArrayList<>();

		final Deque<Signal.Muting> muted = new ArrayDeque<>();

		final Collection collection = new Collection();

		Object receiver(int slot) {
			if (this.slots[slot] == null) {
				String label = "slot" + slot + "." + this.generations[slot]++;
				this.slots[slot] = switch (slot) {
					case RESPONDER -> new Answering(label, this.calls);
					case FAILING -> new Failing(label, this.calls);
					default -> new Plain(label, this.calls);
				};
			}
			return this.slots[slot];
		}

		ModelEntry find(String label, String uid, Object sender) {
			for (ModelEntry entry : this.model) {
				boolean sameKey = (uid != null || entry.uid != null) ? Objects.equals(uid, entry.uid)
						: entry.label.equals(label);
				if (sameKey && entry.sender == sender) {
					return entry;
				}
			}
			return null;
		}

		void remove(ModelEntry entry) {
			if (entry != null) {
				this.model.remove(entry);
			}
		}

		void checkConnections() {
			List<String> actual = this.signal.receivers()
				.stream()
				.map((info) -> info.description() + "/" + info.sender() + "/" + info.dispatchUid() + "/" + info.weak())
				.toList();
			List<String> expected = this.model.stream()
				.map((entry) -> entry.label + "/" + entry.sender + "/" + entry.uid + "/" + entry.weak)
				.toList();
			assertThat(actual).isEqualTo(expected);
			assertThat(this.signal.hasReceivers()).isEqualTo(!this.model.isEmpty() && this.muted.isEmpty());
		}

		void close() {
			this.muted.forEach(Signal.Muting::close);
		}

	}

	abstract static class Labelled {

		final String label;

		final List<String> calls;

		Labelled(String label, List<String> calls) {
			this.label = label;
			this.calls = calls;
		}

		@Override
		public String toString() {
			return this.label;
		}

	}

	static final class Plain extends Labelled implements SignalReceiver {

		Plain(String label, List<String> calls) {
			super(label, calls);
		}

		@Override
		public void receive(SignalEvent event) {
			this.calls.add(this.label);
		}

	}

	static final class Answering extends Labelled implements SignalResponder {

		Answering(String label, List<String> calls) {
			super(label, calls);
		}

		@Override
		public Object respond(SignalEvent event) {
			this.calls.add(this.label);
			return this.label;
		}

	}

	static final class Failing extends Labelled implements SignalReceiver {

		Failing(String label, List<String> calls) {
			super(label, calls);
		}

		@Override
		public void receive(SignalEvent event) {
			this.calls.add(this.label);
			throw new IllegalStateException(this.label);
		}

	}

}
