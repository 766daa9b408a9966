package dev.signals.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Records the signals sent during each test method of a Spring test class, as Spring's
 * {@code @RecordApplicationEvents} does for application events. Before each test method a
 * recorder connects to every signal of the context's {@link dev.signals.SignalRegistry}, for any
 * sender and on every thread, and after it the recorder disconnects.
 *
 * <p>The {@link RecordedSignals} of the current test can be a test method parameter or an
 * {@code @Autowired} field:
 *
 * <pre>{@code
 * @SpringBootTest
 * @RecordSignals
 * class CheckoutTests {
 *
 *     @Test
 *     void placingAnOrderSavesIt(RecordedSignals recorded) {
 *         checkout.placeOrder(cart);
 *         assertThat(recorded).sent(POST_SAVE).from(Order.class).withArgument("created", true).once();
 *     }
 *
 * }
 * }</pre>
 *
 * @see RecordSignalsTestExecutionListener
 * @see SignalsAssertions
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RecordedSignalsParameterResolver.class)
public @interface RecordSignals {

}
