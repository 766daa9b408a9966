package dev.signals.internal;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

import dev.signals.ReceiverInfo;
import dev.signals.Response;
import dev.signals.SignalEvent;
import dev.signals.SignalReceiver;
import dev.signals.SignalResponder;
import org.jspecify.annotations.Nullable;

/**
 * One connected receiver: its key (dispatch uid or identity, plus sender), how it is held and
 * how to call it. Immutable; senders are always held weakly.
 */
public final class Entry {

	private final long order;

	private final @Nullable String uid;

	private final @Nullable Object strongReceiver;

	private final @Nullable WeakReference<Object> weakReceiver;

	private final @Nullable SignalResponder strongCall;

	private final boolean responder;

	private final @Nullable SignalReceiver plainReceiver;

	private final @Nullable WeakReference<Object> sender;

	private final boolean includeSubclasses;

	private final String description;

	private final @Nullable Response nullResponse;

	/**
	 * Creates an entry.
	 * @param order the connection sequence number, for dispatch order
	 * @param receiver a {@link SignalReceiver} or {@link SignalResponder}
	 * @param responder whether the receiver was connected as a {@link SignalResponder}
	 * @param uid the dispatch uid, or {@code null}
	 * @param sender the sender, or {@code null} for any sender
	 * @param weak whether to hold the receiver weakly
	 * @param includeSubclasses whether a class sender also matches its subclasses
	 * @param queue where cleared references are enqueued
	 */
	public Entry(long order, Object receiver, boolean responder, @Nullable String uid, @Nullable Object sender, boolean weak,
			boolean includeSubclasses, ReferenceQueue<Object> queue) {
		this.order = order;
		this.responder = responder;
		this.uid = uid;
		this.sender = (sender != null) ? new WeakReference<>(sender, queue) : null;
		this.includeSubclasses = includeSubclasses;
		this.description = String.valueOf(receiver);
		if (weak) {
			this.strongReceiver = null;
			this.weakReceiver = new WeakReference<>(receiver, queue);
			this.strongCall = null;
			this.plainReceiver = null;
			this.nullResponse = null;
		}
		else {
			this.strongReceiver = receiver;
			this.weakReceiver = null;
			this.strongCall = asResponder(receiver, responder);
			this.plainReceiver = responder ? null : (SignalReceiver) receiver;
			this.nullResponse = new Response(receiver, null, null);
		}
	}

	private static SignalResponder asResponder(Object receiver, boolean responder) {
		if (responder) {
			return (SignalResponder) receiver;
		}
		SignalReceiver plain = (SignalReceiver) receiver;
		return (event) -> {
			plain.receive(event);
			return null;
		};
	}

	/** @return the receiver, or {@code null} when it was weakly held and collected */
	public @Nullable Object receiver() {
		return (this.strongReceiver != null) ? this.strongReceiver : this.weakReceiver.get();
	}

	/**
	 * Calls the receiver.
	 * @param receiver the live receiver, from {@link #receiver()}
	 * @param event the event
	 * @return the response
	 * @throws Exception what the receiver threw
	 */
	public @Nullable Object call(Object receiver, SignalEvent event) throws Exception {
		SignalResponder call = this.strongCall;
		if (call != null) {
			return call.respond(event);
		}
		return asResponder(receiver, this.responder).respond(event);
	}

	/**
	 * The receiver when it is held strongly and returns nothing, so a send can call it directly
	 * and its response is always {@link #nullResponse()}.
	 * @return the receiver, or {@code null} for a weak receiver or a responder
	 */
	@Nullable SignalReceiver plainReceiver() {
		return this.plainReceiver;
	}

	/** @return the response of this receiver when it answered {@code null}, or {@code null} for a weak one */
	public @Nullable Response nullResponse() {
		return this.nullResponse;
	}

	/** @return whether neither the receiver nor the sender was collected */
	public boolean isLive() {
		return receiver() != null && (this.sender == null || this.sender.get() != null);
	}

	/** @return whether the receiver takes every sender */
	public boolean anySender() {
		return this.sender == null;
	}

	/** @return the sender, or {@code null} for any sender or a collected one */
	public @Nullable Object sender() {
		return (this.sender != null) ? this.sender.get() : null;
	}

	/** @return the weak reference to the sender, or {@code null} for any sender */
	@Nullable WeakReference<Object> senderReference() {
		return this.sender;
	}

	/** @return the connection sequence number */
	public long order() {
		return this.order;
	}

	/** @return the dispatch uid, or {@code null} */
	public @Nullable String uid() {
		return this.uid;
	}

	/** @return whether a class sender also matches subclasses */
	public boolean includeSubclasses() {
		return this.includeSubclasses;
	}

	/** @return the description used in logs and errors */
	public String description() {
		return this.description;
	}

	/**
	 * Whether this entry has the key (uid or receiver identity, plus sender identity) given.
	 * @param receiver the receiver, used when {@code uid} is {@code null}
	 * @param uid the dispatch uid, or {@code null}
	 * @param sender the sender, or {@code null} for any sender
	 * @return whether the keys are equal
	 */
	public boolean hasKey(@Nullable Object receiver, @Nullable String uid, @Nullable Object sender) {
		boolean sameSender = (sender == null) ? this.sender == null : (this.sender != null && this.sender.get() == sender);
		if (!sameSender) {
			return false;
		}
		if (uid != null || this.uid != null) {
			return uid != null && uid.equals(this.uid);
		}
		return receiver != null && receiver() == receiver;
	}

	/**
	 * Whether a send by a sender of this class calls this entry.
	 * @param senderClass the class sending
	 * @return whether it matches
	 */
	boolean appliesTo(Class<?> senderClass) {
		if (this.sender == null) {
			return true;
		}
		Object own = this.sender.get();
		return own == senderClass
				|| (this.includeSubclasses && own instanceof Class<?> type && type.isAssignableFrom(senderClass));
	}

	/** @return a snapshot for inspection */
	public ReceiverInfo info() {
		return new ReceiverInfo(receiver(), this.description, sender(), anySender(), this.uid,
				this.weakReceiver != null, this.includeSubclasses);
	}

}
