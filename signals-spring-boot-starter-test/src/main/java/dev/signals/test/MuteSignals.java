package dev.signals.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Mutes signals of the test's application context while a test method runs, including its
 * {@code @BeforeEach} and {@code @AfterEach} methods, as factory_boy's {@code mute_signals}:
 * their sends call no receiver, on any thread. The mutes are lifted after the method, whether it
 * passed or failed. On a class it applies to every test method; on a method, to that method, in
 * addition to the class's.
 *
 * <pre>{@code
 * @Test
 * @MuteSignals(POST_SAVE)
 * void importSkipsTheAuditTrail() { ... }
 * }</pre>
 *
 * @see MuteSignalsTestExecutionListener
 * @see SignalsTesting#muted
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface MuteSignals {

	/**
	 * The names of the signals to mute, for example {@code post_save}.
	 * @return the signal names
	 */
	String[] value();

}
