package dev.signals.internal;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

import dev.signals.Connect;
import dev.signals.ReceiverInfo;
import dev.signals.Response;
import dev.signals.SignalReceiver;
import org.jspecify.annotations.Nullable;

/**
 * One connected receiver: its key (dispatch uid or identity, plus sender), how it is held and
 * how to call it. Immutable; senders are always held weakly.
 */
final class Entry {

	private final long order;

	private final @Nullable String uid;

	private final @Nullable SignalReceiver strongReceiver;

	private final @Nullable WeakReference<SignalReceiver> weakReceiver;

	private final @Nullable WeakReference<Object> sender;

	private final boolean includeSubclasses;

	private final String description;

	private final @Nullable Response nullResponse;

	/**
	 * Creates an entry.
	 * @param order the connection sequence number, for dispatch order
	 * @param receiver the receiver
	 * @param options its sender and dispatch uid, how to hold it and whether subclasses match
	 * @param queue where cleared references are enqueued
	 */
	Entry(long order, SignalReceiver receiver, Connect options, ReferenceQueue<Object> queue) {
		Object sender = options.sender();
		this.order = order;
		this.uid = options.dispatchUid();
		this.sender = (sender != null) ? new WeakReference<>(sender, queue) : null;
		this.includeSubclasses = options.isIncludeSubclasses();
		this.description = String.valueOf(receiver);
		this.strongReceiver = options.isWeak() ? null : receiver;
		this.weakReceiver = options.isWeak() ? new WeakReference<>(receiver, queue) : null;
		this.nullResponse = options.isWeak() ? null : new Response(receiver, null, null);
	}

	/** @return the receiver, or {@code null} when it was weakly held and collected */
	@Nullable SignalReceiver receiver() {
		return (this.strongReceiver != null) ? this.strongReceiver : this.weakReceiver.get();
	}

	/** @return the response of this receiver when it answered {@code null}, or {@code null} for a weak one */
	@Nullable Response nullResponse() {
		return this.nullResponse;
	}

	/**
	 * The response of this receiver when it answered {@code null}.
	 * @param receiver the live receiver
	 * @return the prepared response, or a new one for a weakly held receiver
	 */
	Response nullResponse(SignalReceiver receiver) {
		Response prepared = this.nullResponse;
		return (prepared != null) ? prepared : new Response(receiver, null, null);
	}

	/** @return whether neither the receiver nor the sender was collected */
	boolean isLive() {
		return receiver() != null && (this.sender == null || this.sender.get() != null);
	}

	/** @return whether the receiver takes every sender */
	boolean anySender() {
		return this.sender == null;
	}

	/** @return the sender, or {@code null} for any sender or a collected one */
	@Nullable Object sender() {
		return (this.sender != null) ? this.sender.get() : null;
	}

	/** @return the weak reference to the sender, or {@code null} for any sender */
	@Nullable WeakReference<Object> senderReference() {
		return this.sender;
	}

	/** @return the connection sequence number */
	long order() {
		return this.order;
	}

	/** @return whether a class sender also matches subclasses */
	boolean includeSubclasses() {
		return this.includeSubclasses;
	}

	/** @return the description used in logs and errors */
	String description() {
		return this.description;
	}

	/**
	 * Whether this entry has the key (uid or receiver identity, plus sender identity) given.
	 * @param receiver the receiver, used when {@code uid} is {@code null}
	 * @param uid the dispatch uid, or {@code null}
	 * @param sender the sender, or {@code null} for any sender
	 * @return whether the keys are equal
	 */
	boolean hasKey(@Nullable Object receiver, @Nullable String uid, @Nullable Object sender) {
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
	ReceiverInfo info() {
		return new ReceiverInfo(receiver(), this.description, sender(), anySender(), this.uid,
				this.weakReceiver != null, this.includeSubclasses);
	}

}
