package dev.signals;

import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Points 2, 3, 4 and 8: connecting, the connection key, disconnecting, hasListeners, sender matching. */
class SignalConnectTests {

	private final Signal signal = Signal.of("changed", "value");

	private final Recorder recorder = new Recorder();

	private final Object senderA = new Object();

	private final Object senderB = new Object();

	@Test
	void lambdaAndMethodReferenceReceiversAreCalled() {
		List<Object> seen = new ArrayList<>();
		this.signal.connect((event) -> seen.add("lambda"));
		this.signal.connect(this::handle);
		this.signal.connect(seen::add);
		this.signal.send(this.senderA);
		assertThat(seen).hasSize(2).startsWith("lambda");
		assertThat(seen.get(1)).isInstanceOf(SignalEvent.class);
		assertThat(this.recorder.calls).containsExactly("method");
	}

	@Test
	void nullSenderAndNullUidHeldInVariablesMeanAnySenderAndNoUid() {
		Object sender = null;
		String uid = null;
		SignalReceiver receiver = this.recorder.receiver("any");
		Connect options = Connect.sender(sender).dispatchUid(uid);
		this.signal.connect(receiver, options);
		assertThat(this.signal.receivers()).singleElement().satisfies((info) -> {
			assertThat(info.anySender()).isTrue();
			assertThat(info.dispatchUid()).isNull();
		});
		this.signal.send(this.senderA);
		assertThat(this.recorder.calls).containsExactly("any");
		assertThat(this.signal.disconnect(receiver, options)).isTrue();
		assertThat(this.signal.receivers()).isEmpty();
	}

	@Test
	void disconnectWithTheOptionsOfTheConnectRemovesThatConnectionByUidOrReceiver() {
		SignalReceiver byUid = this.recorder.receiver("uid");
		SignalReceiver byReceiver = this.recorder.receiver("receiver");
		Connect withUid = Connect.sender(this.senderA).dispatchUid("audit");
		Connect withoutUid = Connect.sender(this.senderA);
		this.signal.connect(byUid, withUid);
		this.signal.connect(byReceiver, withoutUid);
		assertThat(this.signal.disconnect(byReceiver, withUid)).isTrue();
		assertThat(this.signal.receivers()).singleElement().extracting(ReceiverInfo::description).isEqualTo("receiver");
		assertThat(this.signal.disconnect(byReceiver, Connect.anySender())).isFalse();
		assertThat(this.signal.disconnect(byReceiver, withoutUid)).isTrue();
	}

	@Test
	void whatALambdaOrMethodReferenceReturnsIsItsResponse() {
		SignalReceiver lambda = (event) -> describe(event);
		SignalReceiver reference = this::describe;
		this.signal.connect(lambda);
		this.signal.connect(reference);
		assertThat(this.signal.send(this.senderA)).extracting(Response::value)
			.containsExactly("described", "described");
	}

	private String describe(SignalEvent event) {
		return "described";
	}

	private @Nullable Object handle(SignalEvent event) {
		this.recorder.calls.add("method");
		return null;
	}

	@Test
	void receiverForAnySenderIsCalledForEverySenderAndForNone() {
		this.signal.connect(this.recorder.receiver("any"));
		this.signal.send(this.senderA);
		this.signal.send(this.senderB);
		this.signal.send(null);
		assertThat(this.recorder.calls).containsExactly("any", "any", "any");
	}

	@Test
	void receiverForOtherSenderIsNotCalled() {
		this.signal.connect(this.recorder.receiver("a"), Connect.sender(this.senderA));
		this.signal.send(this.senderB);
		this.signal.send(null);
		assertThat(this.recorder.calls).isEmpty();
		this.signal.send(this.senderA);
		assertThat(this.recorder.calls).containsExactly("a");
	}

	@Test
	void sendersMatchByIdentityNotEquality() {
		String sender = new String("shop");
		this.signal.connect(this.recorder.receiver("shop"), Connect.sender(sender));
		this.signal.send(new String("shop"));
		assertThat(this.recorder.calls).isEmpty();
		this.signal.send(sender);
		assertThat(this.recorder.calls).containsExactly("shop");
	}

	@Test
	void anySenderAndOneSenderReceiversBothRunInConnectionOrder() {
		this.signal.connect(this.recorder.receiver("a1"), Connect.sender(this.senderA));
		this.signal.connect(this.recorder.receiver("any"));
		this.signal.connect(this.recorder.receiver("b"), Connect.sender(this.senderB));
		this.signal.connect(this.recorder.receiver("a2"), Connect.sender(this.senderA));
		this.signal.send(this.senderA);
		assertThat(this.recorder.calls).containsExactly("a1", "any", "a2");
	}

	@Test
	void classSenderDoesNotMatchSubclassesByDefault() {
		this.signal.connect(this.recorder.receiver("number"), Connect.sender(Number.class));
		this.signal.send(Integer.class);
		assertThat(this.recorder.calls).isEmpty();
		assertThat(this.signal.hasListeners(Integer.class)).isFalse();
	}

	@Test
	void classSenderWithOptInMatchesSubclassesAndInterfacesButNotSuperclasses() {
		this.signal.connect(this.recorder.receiver("number"), Connect.sender(Number.class).includeSubclasses());
		this.signal.connect(this.recorder.receiver("comparable"),
				Connect.sender(Comparable.class).includeSubclasses());
		this.signal.connect(this.recorder.receiver("integer"), Connect.sender(Integer.class));
		this.signal.send(Integer.class);
		assertThat(this.recorder.calls).containsExactly("number", "comparable", "integer");
		this.recorder.calls.clear();
		this.signal.send(Object.class);
		this.signal.send(42);
		assertThat(this.recorder.calls).isEmpty();
		assertThat(this.signal.hasListeners(Long.class)).isTrue();
		assertThat(this.signal.hasListeners(Object.class)).isFalse();
	}

	@Test
	void everySenderAmongThousandsReachesOnlyItsOwnReceivers() {
		// thousands of senders share table slots by their identity hashes, so lookups probe past others
		int count = 1500;
		List<Object> senders = new ArrayList<>();
		int[] calls = new int[count];
		for (int i = 0; i < count; i++) {
			Object sender = new Object();
			senders.add(sender);
			int index = i;
			this.signal.connect((event) -> calls[index]++, Connect.sender(sender));
		}
		this.signal.connect(this.recorder.receiver("any"));
		for (int i = 0; i < count; i++) {
			this.signal.send(senders.get(i));
		}
		assertThat(calls).containsOnly(1);
		assertThat(this.recorder.calls).hasSize(count);
		this.recorder.calls.clear();
		this.signal.send(new Object());
		assertThat(this.recorder.calls).containsExactly("any");
		assertThat(calls).containsOnly(1);
	}

	@Test
	void exactClassSubclassAndAnySenderReceiversRunInConnectionOrder() {
		this.signal.connect(this.recorder.receiver("integer"), Connect.sender(Integer.class));
		this.signal.connect(this.recorder.receiver("any"));
		this.signal.connect(this.recorder.receiver("number"), Connect.sender(Number.class).includeSubclasses());
		this.signal.connect(this.recorder.receiver("object"), Connect.sender(this.senderA));
		this.signal.send(Integer.class);
		this.signal.send(Long.class);
		this.signal.send(this.senderA);
		this.signal.send(Number.class);
		assertThat(this.recorder.calls).containsExactly("integer", "any", "number", "any", "number", "any", "object",
				"any", "number");
		this.recorder.calls.clear();
		try (Signal.Muting muting = this.signal.mute()) {
			this.signal.send(Integer.class);
			this.signal.send(this.senderA);
			this.signal.send(null);
			assertThat(this.signal.hasListeners(Integer.class)).isFalse();
		}
		assertThat(this.recorder.calls).isEmpty();
	}

	@Test
	void subclassMatchingFollowsLaterConnectsAndDisconnects() {
		SignalReceiver number = this.recorder.receiver("number");
		this.signal.connect(number, Connect.sender(Number.class).includeSubclasses());
		this.signal.send(Integer.class);
		this.signal.connect(this.recorder.receiver("any"));
		this.signal.send(Integer.class);
		this.signal.disconnect(number, Number.class);
		this.signal.send(Integer.class);
		assertThat(this.recorder.calls).containsExactly("number", "number", "any", "any");
	}

	@Test
	void secondConnectOfTheSameReceiverAndSenderIsIgnored() {
		SignalReceiver receiver = this.recorder.receiver("once");
		Connection first = this.signal.connect(receiver);
		List<Connection> again = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			again.add(this.signal.connect(receiver));
		}
		this.signal.send(this.senderA);
		assertThat(this.recorder.calls).containsExactly("once");
		assertThat(first.added()).isTrue();
		assertThat(again).allSatisfy((connection) -> {
			assertThat(connection.added()).isFalse();
			assertThat(connection.isConnected()).isFalse();
			assertThat(connection.disconnect()).isFalse();
		});
		assertThat(first.isConnected()).isTrue();
		assertThat(this.signal.receivers()).hasSize(1);
	}

	@Test
	void sameReceiverForTwoSendersIsTwoConnections() {
		SignalReceiver receiver = this.recorder.receiver("r");
		this.signal.connect(receiver, Connect.sender(this.senderA));
		this.signal.connect(receiver, Connect.sender(this.senderB));
		this.signal.connect(receiver);
		assertThat(this.signal.receivers()).hasSize(3);
		this.signal.send(this.senderA);
		assertThat(this.recorder.calls).containsExactly("r", "r");
	}

	@Test
	void dispatchUidIsTheKeySoTheFirstReceiverWins() {
		Connection first = this.signal.connect(this.recorder.receiver("first"), Connect.anySender().dispatchUid("audit"));
		Connection second = this.signal.connect(this.recorder.receiver("second"),
				Connect.anySender().dispatchUid("audit"));
		Connection otherSender = this.signal.connect(this.recorder.receiver("forA"),
				Connect.sender(this.senderA).dispatchUid("audit"));
		this.signal.send(this.senderA);
		assertThat(this.recorder.calls).containsExactly("first", "forA");
		assertThat(first.added()).isTrue();
		assertThat(second.added()).isFalse();
		assertThat(otherSender.added()).isTrue();
	}

	@Test
	void receiverWithAndWithoutUidAreDifferentKeys() {
		SignalReceiver receiver = this.recorder.receiver("r");
		this.signal.connect(receiver);
		this.signal.connect(receiver, Connect.anySender().dispatchUid("u"));
		this.signal.send(null);
		assertThat(this.recorder.calls).containsExactly("r", "r");
		assertThat(this.signal.disconnect(receiver)).isTrue();
		assertThat(this.signal.disconnect(receiver)).isFalse();
		assertThat(this.signal.disconnectUid("u")).isTrue();
	}

	@Test
	void handleDisconnectsItsConnectionOnlyOnce() {
		Connection connection = this.signal.connect(this.recorder.receiver("r"));
		assertThat(connection.disconnect()).isTrue();
		assertThat(connection.isConnected()).isFalse();
		assertThat(connection.disconnect()).isFalse();
		this.signal.send(null);
		assertThat(this.recorder.calls).isEmpty();
	}

	@Test
	void handleOfAnIgnoredConnectLeavesTheFirstConnected() {
		SignalReceiver receiver = this.recorder.receiver("r");
		Connection first = this.signal.connect(receiver);
		this.signal.connect(receiver).close();
		assertThat(first.isConnected()).isTrue();
		this.signal.send(null);
		assertThat(this.recorder.calls).containsExactly("r");
	}

	@Test
	void disconnectByReceiverNeedsTheSameSender() {
		SignalReceiver receiver = this.recorder.receiver("r");
		this.signal.connect(receiver, Connect.sender(this.senderA));
		assertThat(this.signal.disconnect(receiver)).isFalse();
		assertThat(this.signal.disconnect(receiver, this.senderB)).isFalse();
		assertThat(this.signal.hasListeners(this.senderA)).isTrue();
		assertThat(this.signal.disconnect(receiver, this.senderA)).isTrue();
		assertThat(this.signal.hasListeners(this.senderA)).isFalse();
	}

	@Test
	void disconnectByAnotherReceiverRemovesNothing() {
		this.signal.connect(this.recorder.receiver("r"));
		assertThat(this.signal.disconnect(this.recorder.receiver("r"))).isFalse();
		assertThat(this.signal.hasReceivers()).isTrue();
	}

	@Test
	void disconnectByUidNeedsTheSameSender() {
		this.signal.connect(this.recorder.receiver("r"), Connect.sender(this.senderA).dispatchUid("u"));
		assertThat(this.signal.disconnectUid("u")).isFalse();
		assertThat(this.signal.disconnectUid("other", this.senderA)).isFalse();
		assertThat(this.signal.disconnectUid("u", this.senderA)).isTrue();
		assertThat(this.signal.hasReceivers()).isFalse();
	}

	@Test
	void receiverConnectedWithUidIsNotDisconnectedByReceiver() {
		SignalReceiver receiver = this.recorder.receiver("r");
		this.signal.connect(receiver, Connect.anySender().dispatchUid("u"));
		assertThat(this.signal.disconnect(receiver)).isFalse();
		assertThat(this.signal.hasReceivers()).isTrue();
	}

	@Test
	void hasListenersCoversAnySenderAndExactSender() {
		assertThat(this.signal.hasListeners(this.senderA)).isFalse();
		assertThat(this.signal.hasListeners(null)).isFalse();
		assertThat(this.signal.hasReceivers()).isFalse();
		Connection forA = this.signal.connect(this.recorder.receiver("a"), Connect.sender(this.senderA));
		assertThat(this.signal.hasListeners(this.senderA)).isTrue();
		assertThat(this.signal.hasListeners(this.senderB)).isFalse();
		assertThat(this.signal.hasListeners(null)).isFalse();
		assertThat(this.signal.hasReceivers()).isTrue();
		this.signal.connect(this.recorder.receiver("any"));
		assertThat(this.signal.hasListeners(this.senderB)).isTrue();
		assertThat(this.signal.hasListeners(null)).isTrue();
		forA.disconnect();
		assertThat(this.signal.hasListeners(this.senderA)).isTrue();
	}

	@Test
	void receiversDescribeEachConnectionInOrder() {
		SignalReceiver weak = this.recorder.receiver("a");
		this.signal.connect(weak, Connect.sender(Number.class).includeSubclasses().weak());
		SignalReceiver any = this.recorder.receiver("any");
		this.signal.connect(any, Connect.anySender().dispatchUid("uid"));
		List<ReceiverInfo> receivers = this.signal.receivers();
		assertThat(receivers).hasSize(2);
		assertThat(receivers.get(0).sender()).isEqualTo(Number.class);
		assertThat(receivers.get(0).anySender()).isFalse();
		assertThat(receivers.get(0).weak()).isTrue();
		assertThat(receivers.get(0).includeSubclasses()).isTrue();
		assertThat(receivers.get(1).receiver()).isSameAs(any);
		assertThat(receivers.get(1).description()).isEqualTo("any");
		assertThat(receivers.get(1).anySender()).isTrue();
		assertThat(receivers.get(1).dispatchUid()).isEqualTo("uid");
		assertThat(receivers.get(1).weak()).isFalse();
		Reference.reachabilityFence(weak);
	}

}
