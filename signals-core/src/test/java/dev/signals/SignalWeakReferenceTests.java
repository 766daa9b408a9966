package dev.signals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Point 10: weak receivers go away once collected, and the dispatcher keeps nothing alive the user let go. */
class SignalWeakReferenceTests {

	private final Signal signal = Signal.of("collected", "value");

	private final Collection collection = new Collection();

	private final List<String> calls = new ArrayList<>();

	@Test
	void weakReceiverDisappearsOnceCollected() {
		WeakReference<Object> watched = connectWeakReceiver(Connect.anySender().weak());
		this.signal.send(this);
		assertThat(this.calls).containsExactly("weak");
		this.collection.awaitCollected(watched);
		assertThat(this.signal.hasListeners(this)).isFalse();
		assertThat(this.signal.hasReceivers()).isFalse();
		assertThat(this.signal.receivers()).isEmpty();
		assertThat(this.signal.send(this)).isEmpty();
		assertThat(this.calls).containsExactly("weak");
	}

	@Test
	void collectedWeakReceiverIsSkippedAmongLiveOnesAndPurgedAtTheNextChange() {
		SignalReceiver before = (event) -> "before";
		SignalReceiver after = (event) -> this.calls.add("after");
		this.signal.connect(before);
		WeakReference<Object> watched = connectWeakReceiver(Connect.sender(this).weak());
		this.signal.connect(after);
		this.collection.awaitCollected(watched);
		assertThat(this.signal.send(this)).containsExactly(new Response(before, "before", null),
				new Response(after, true, null));
		this.signal.connect((event) -> null, Connect.sender(this));
		assertThat(this.signal.receivers()).hasSize(3).noneMatch(ReceiverInfo::weak);
	}

	@Test
	void weakReceiverCanBeConnectedAgainAfterItWasCollected() {
		WeakReference<Object> watched = connectWeakReceiver(Connect.anySender().dispatchUid("u").weak());
		this.collection.awaitCollected(watched);
		SignalReceiver replacement = (event) -> this.calls.add("replacement");
		assertThat(this.signal.connect(replacement, Connect.anySender().dispatchUid("u")).added()).isTrue();
		this.signal.send(this);
		assertThat(this.calls).containsExactly("replacement");
	}

	@Test
	void strongReceiverStaysConnectedWithoutAnyOtherReference() {
		this.signal.connect(new Recorder().receiver("strong"));
		WeakReference<Object> canary = this.collection.watch(new Object());
		this.collection.awaitCollected(canary);
		assertThat(this.signal.send(this)).singleElement()
			.satisfies((response) -> assertThat(response.receiver()).hasToString("strong"));
	}

	@Test
	void disconnectedReceiverIsNotKeptAlive() {
		Recorder recorder = new Recorder();
		SignalReceiver receiver = recorder.receiver("r");
		WeakReference<Object> watched = this.collection.watch(receiver);
		this.signal.connect(receiver, Connect.sender(this));
		this.signal.send(this);
		this.signal.disconnect(receiver, this);
		receiver = null;
		this.collection.awaitCollected(watched);
	}

	@Test
	void disconnectedReceiverIsNotKeptAliveBySubclassMatching() {
		SignalReceiver receiver = new Recorder().receiver("r");
		WeakReference<Object> watched = this.collection.watch(receiver);
		this.signal.connect(receiver, Connect.sender(Number.class).includeSubclasses());
		assertThat(this.signal.send(Integer.class)).hasSize(1);
		assertThat(this.signal.hasListeners(Long.class)).isTrue();
		assertThat(this.signal.disconnect(receiver, Number.class)).isTrue();
		receiver = null;
		this.collection.awaitCollected(watched);
	}

	@Test
	void senderIsNotKeptAlive() {
		Object sender = new Object();
		WeakReference<Object> watched = this.collection.watch(sender);
		this.signal.connect((event) -> this.calls.add("r"), Connect.sender(sender));
		this.signal.send(sender);
		sender = null;
		this.collection.awaitCollected(watched);
	}

	@Test
	void receiverOfACollectedSenderIsReleasedAtTheNextChange() {
		Object sender = new Object();
		SignalReceiver receiver = new Recorder().receiver("r");
		WeakReference<Object> watchedSender = this.collection.watch(sender);
		WeakReference<Object> watchedReceiver = this.collection.watch(receiver);
		this.signal.connect(receiver, Connect.sender(sender));
		sender = null;
		receiver = null;
		this.collection.awaitCollected(watchedSender);
		assertThat(this.signal.receivers()).isEmpty();
		this.signal.connect((event) -> null);
		this.collection.awaitCollected(watchedReceiver);
		assertThat(this.signal.receivers()).hasSize(1);
	}

	@Test
	void senderClassAndItsClassLoaderAreNotKeptAlive() throws Exception {
		ClassLoader loader = new ThrowawayLoader();
		Class<?> senderClass = loader.loadClass(ThrowawaySender.class.getName());
		assertThat(senderClass).isNotSameAs(ThrowawaySender.class);
		WeakReference<Object> watched = this.collection.watch(senderClass);
		this.signal.connect((event) -> this.calls.add("exact"), Connect.sender(senderClass));
		this.signal.connect((event) -> this.calls.add("subclass"), Connect.sender(Number.class).includeSubclasses());
		this.signal.connect((event) -> this.calls.add("own hierarchy"),
				Connect.sender(senderClass).includeSubclasses().dispatchUid("own"));
		this.signal.send(senderClass);
		this.signal.send(senderClass.getConstructor().newInstance());
		assertThat(this.calls).containsExactly("exact", "subclass", "own hierarchy");
		this.calls.clear();
		senderClass = null;
		loader = null;
		this.collection.awaitCollected(watched);
		this.signal.send(Integer.class);
		assertThat(this.calls).containsExactly("subclass");
	}

	@Test
	void signalWithAReceiverIsCollectedWithItsReceivers() {
		Signal local = Signal.of("local");
		SignalReceiver receiver = new Recorder().receiver("r");
		local.connect(receiver, Connect.sender(this));
		local.send(this);
		WeakReference<Object> watchedSignal = this.collection.watch(local);
		WeakReference<Object> watchedReceiver = this.collection.watch(receiver);
		local = null;
		receiver = null;
		this.collection.awaitCollected(watchedSignal);
		this.collection.awaitCollected(watchedReceiver);
	}

	private WeakReference<Object> connectWeakReceiver(Connect options) {
		SignalReceiver receiver = (event) -> this.calls.add("weak");
		this.signal.connect(receiver, options);
		return this.collection.watch(receiver);
	}

	/** Loads {@link ThrowawaySender} itself instead of asking its parent. */
	static final class ThrowawayLoader extends ClassLoader {

		ThrowawayLoader() {
			super(ThrowawayLoader.class.getClassLoader());
		}

		@Override
		protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
			if (!name.equals(ThrowawaySender.class.getName())) {
				return super.loadClass(name, resolve);
			}
			synchronized (getClassLoadingLock(name)) {
				Class<?> loaded = findLoadedClass(name);
				if (loaded != null) {
					return loaded;
				}
				try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
					byte[] bytes = in.readAllBytes();
					return defineClass(name, bytes, 0, bytes.length);
				}
				catch (IOException ex) {
					throw new ClassNotFoundException(name, ex);
				}
			}
		}

	}

}
