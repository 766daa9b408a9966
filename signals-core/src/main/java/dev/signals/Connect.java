package dev.signals;

import org.jspecify.annotations.Nullable;

/**
 * How to connect a receiver: for which sender, under which dispatch uid, held strongly or weakly.
 * Immutable; start from {@link #anySender()} or {@link #sender(Object)}. As Django's {@code None},
 * {@code null} stands for "any sender" and "no dispatch uid", so values held in variables can be
 * passed as they are.
 *
 * <pre>{@code
 * signal.connect(this::onSaved, Connect.sender(Order.class).dispatchUid("audit"));
 * }</pre>
 */
public final class Connect {

	private static final Connect ANY_SENDER = new Connect(null, null, false, false);

	private final @Nullable Object sender;

	private final @Nullable String dispatchUid;

	private final boolean weak;

	private final boolean includeSubclasses;

	private Connect(@Nullable Object sender, @Nullable String dispatchUid, boolean weak, boolean includeSubclasses) {
		if (dispatchUid != null && dispatchUid.isBlank()) {
			throw new IllegalArgumentException("A dispatch uid must not be blank");
		}
		if (includeSubclasses && !(sender instanceof Class<?>)) {
			throw new IllegalArgumentException("includeSubclasses needs a Class sender, but "
					+ ((sender != null) ? "the sender is " + sender + ", a " + sender.getClass().getName()
							: "the connection is for any sender")
					+ "; use Connect.sender(SomeType.class).includeSubclasses()");
		}
		this.sender = sender;
		this.dispatchUid = dispatchUid;
		this.weak = weak;
		this.includeSubclasses = includeSubclasses;
	}

	/** @return options for a strongly held receiver of every sender */
	public static Connect anySender() {
		return ANY_SENDER;
	}

	/**
	 * Options for a receiver of one sender, matched by identity.
	 * @param sender the sender, or {@code null} for any sender (the same as {@link #anySender()})
	 * @return the options
	 */
	public static Connect sender(@Nullable Object sender) {
		return (sender != null) ? new Connect(sender, null, false, false) : ANY_SENDER;
	}

	/**
	 * Keys the connection by a uid instead of the receiver's identity.
	 * @param uid the dispatch uid, or {@code null} to key it by the receiver (no uid)
	 * @return new options
	 */
	public Connect dispatchUid(@Nullable String uid) {
		return new Connect(this.sender, uid, this.weak, this.includeSubclasses);
	}

	/** @return new options that hold the receiver weakly (Django's default, opt-in here) */
	public Connect weak() {
		return new Connect(this.sender, this.dispatchUid, true, this.includeSubclasses);
	}

	/** @return new options that also match subclasses of the sender class */
	public Connect includeSubclasses() {
		return new Connect(this.sender, this.dispatchUid, this.weak, true);
	}

	/** @return the sender, {@code null} for any sender */
	public @Nullable Object sender() {
		return this.sender;
	}

	/** @return the dispatch uid, or {@code null} */
	public @Nullable String dispatchUid() {
		return this.dispatchUid;
	}

	/** @return whether the receiver is held weakly */
	public boolean isWeak() {
		return this.weak;
	}

	/** @return whether subclasses of a class sender match */
	public boolean isIncludeSubclasses() {
		return this.includeSubclasses;
	}

	@Override
	public String toString() {
		return "Connect[sender=" + this.sender + ", dispatchUid=" + this.dispatchUid + ", weak=" + this.weak
				+ ", includeSubclasses=" + this.includeSubclasses + "]";
	}

}
