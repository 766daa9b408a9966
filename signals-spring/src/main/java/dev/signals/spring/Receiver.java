package dev.signals.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method as a receiver of one or more signals, Django's {@code @receiver}. The Spring
 * Boot starter finds such methods on beans at startup and connects them; the method's parameters
 * are bound by name to the signal's arguments ({@code sender}, {@code signal} and each declared
 * argument), and a parameter of type {@link dev.signals.SignalEvent} gets the whole event.
 *
 * <pre>{@code
 * @Receiver(signal = POST_SAVE, sender = Order.class)
 * void onSaved(Order instance, boolean created) { ... }
 * }</pre>
 */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Receiver {

	/**
	 * The names of the signals to receive, such as {@code post_save} (the constants of each bridge: {@code ModelSignals.POST_SAVE}) or a custom name.
	 * @return one or more signal names
	 */
	String[] signal();

	/**
	 * The senders to receive from; empty means any sender. Matching is by identity, so for the
	 * model signals a sender is the entity class.
	 * @return the senders, or none for any sender
	 */
	Class<?>[] sender() default {};

	/**
	 * Also match senders that are subclasses of a {@link #sender()} class (entity hierarchies).
	 * @return whether subclasses of the sender classes match too
	 */
	boolean includeSubclasses() default false;

	/**
	 * A unique identifier of this connection; a second {@code @Receiver} method with the same uid on
	 * the same signal is an error at startup.
	 * @return the dispatch uid, or empty for none
	 */
	String dispatchUid() default "";

	/**
	 * When the receiver runs relative to the sending transaction.
	 * @return the phase, {@link Phase#IMMEDIATE} by default
	 */
	Phase phase() default Phase.IMMEDIATE;

	/**
	 * Run the receiver on the application's task executor instead of the sending thread; with a
	 * transactional phase it is handed over once that phase is reached.
	 * @return whether the receiver runs asynchronously
	 */
	boolean async() default false;

	/**
	 * Make every call survive a crash: when the signal is sent, one publication for this receiver
	 * is written in the sending transaction, and delivered after commit on the delivery workers,
	 * retried until it succeeds or fails for good. A durable receiver always runs after the
	 * sending transaction commits, so its {@link #phase()} is left as is or {@link Phase#AFTER_COMMIT};
	 * it may take a {@code publicationId} parameter to make its effect idempotent. Needs the
	 * starter's durable support (a {@code DataSource}).
	 * @return whether the receiver's calls are stored and delivered at least once
	 */
	boolean durable() default false;

}
