package dev.signals;

import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import dev.signals.model.SequenceCheck;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Random sequences of dispatcher operations, each checked step by step against a small model of
 * Django's semantics: a list of connections in connection order, keyed by (dispatch uid or
 * receiver, sender), the first connection of a key winning. A failing sequence is shrunk to a
 * minimal one and reported with the seed ({@code -Dsignals.model.seed=...} changes it).
 */
class DispatcherModelTests {

	static final int SLOTS = 4;

	static final int SENDERS = 3;

	static final String[] UIDS = { "u0", "u1" };

	private static final int TRIES = 2_000;

	private static final int MAX_LENGTH = 30;

	@Test
	void dispatcherBehavesLikeTheModel() {
		new SequenceCheck<>(DispatcherModelTests::randomAction, MAX_LENGTH, Action::simpler).check(TRIES,
				DispatcherModelTests::run);
	}

	static void run(List<Action> actions) {
		World world = new World();
		for (Action action : actions) {
			action.run(world);
			world.checkConnections();
		}
		world.close();
	}

	/** Picks an action with the weights connect 8, disconnect 3, by uid 2, by handle 2, send 8, collect 1, mute 2. */
	static Action randomAction(Random random) {
		int pick = random.nextInt(26);
		if (pick < 8) {
			String uid = (random.nextInt(10) < 6) ? null : UIDS[random.nextInt(UIDS.length)];
			return new ConnectAction(random.nextInt(SLOTS), random.nextInt(SENDERS), uid, random.nextBoolean());
		}
		if (pick < 11) {
			return new DisconnectAction(random.nextInt(SLOTS), random.nextInt(SENDERS));
		}
		if (pick < 13) {
			return new DisconnectUidAction(UIDS[random.nextInt(UIDS.length)], random.nextInt(SENDERS));
		}
		if (pick < 15) {
			return new DisconnectHandleAction(random.nextInt(21));
		}
		if (pick < 23) {
			return new SendAction(random.nextInt(SENDERS), random.nextBoolean());
		}
		if (pick < 24) {
			return new CollectAction(random.nextInt(SLOTS));
		}
		return new MuteAction(random.nextBoolean());
	}

	/** One step of a sequence. */
	interface Action {

		void run(World world);

		/** @return simpler versions of this action, for shrinking: lower slots and senders, no uid, strong */
		List<Action> simpler();

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
			Connection connection = world.signal.connect((SignalReceiver) receiver, options);
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
		public List<Action> simpler() {
			List<Action> simpler = new ArrayList<>();
			if (this.slot != 0) {
				simpler.add(new ConnectAction(0, this.sender, this.uid, this.weak));
			}
			if (this.sender != 0) {
				simpler.add(new ConnectAction(this.slot, 0, this.uid, this.weak));
			}
			if (this.uid != null) {
				simpler.add(new ConnectAction(this.slot, this.sender, null, this.weak));
			}
			if (this.weak) {
				simpler.add(new ConnectAction(this.slot, this.sender, this.uid, false));
			}
			return simpler;
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

		@Override
		public List<Action> simpler() {
			List<Action> simpler = new ArrayList<>();
			if (this.slot != 0) {
				simpler.add(new DisconnectAction(0, this.sender));
			}
			if (this.sender != 0) {
				simpler.add(new DisconnectAction(this.slot, 0));
			}
			return simpler;
		}

		@Override
		public String toString() {
			return "disconnect(slot " + this.slot + ", sender " + this.sender + ")";
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

		@Override
		public List<Action> simpler() {
			List<Action> simpler = new ArrayList<>();
			if (!this.uid.equals(UIDS[0])) {
				simpler.add(new DisconnectUidAction(UIDS[0], this.sender));
			}
			if (this.sender != 0) {
				simpler.add(new DisconnectUidAction(this.uid, 0));
			}
			return simpler;
		}

		@Override
		public String toString() {
			return "disconnectUid(" + this.uid + ", sender " + this.sender + ")";
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

		@Override
		public List<Action> simpler() {
			return (this.index != 0) ? List.of(new DisconnectHandleAction(0)) : List.of();
		}

		@Override
		public String toString() {
			return "disconnect handle " + this.index;
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

		@Override
		public List<Action> simpler() {
			List<Action> simpler = new ArrayList<>();
			if (this.sender != 0) {
				simpler.add(new SendAction(0, this.robust));
			}
			if (this.robust) {
				simpler.add(new SendAction(this.sender, false));
			}
			return simpler;
		}

		@Override
		public String toString() {
			return (this.robust ? "sendRobust(sender " : "send(sender ") + this.sender + ")";
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

		@Override
		public List<Action> simpler() {
			return (this.slot != 0) ? List.of(new CollectAction(0)) : List.of();
		}

		@Override
		public String toString() {
			return "collect(slot " + this.slot + ")";
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

		@Override
		public List<Action> simpler() {
			return List.of();
		}

		@Override
		public String toString() {
			return this.mute ? "mute" : "unmute";
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
		public @Nullable Object receive(SignalEvent event) {
			this.calls.add(this.label);
			return null;
		}

	}

	static final class Answering extends Labelled implements SignalReceiver {

		Answering(String label, List<String> calls) {
			super(label, calls);
		}

		@Override
		public Object receive(SignalEvent event) {
			this.calls.add(this.label);
			return this.label;
		}

	}

	static final class Failing extends Labelled implements SignalReceiver {

		Failing(String label, List<String> calls) {
			super(label, calls);
		}

		@Override
		public Object receive(SignalEvent event) {
			this.calls.add(this.label);
			throw new IllegalStateException(this.label);
		}

	}

}
