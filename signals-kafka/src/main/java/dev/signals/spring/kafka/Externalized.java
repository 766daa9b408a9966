package dev.signals.spring.kafka;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sends every send of a {@code Signal} bean to a Kafka topic, from the durable outbox: put it on
 * the {@code @Bean} method (or class) of the signal. The same as
 * {@code signals.kafka.outbound.<signal>.topic} and {@code .key}.
 *
 * <pre>{@code
 * @Bean
 * @Externalized(topic = "orders", key = "order")
 * Signal orderPlaced() { return Signal.of("order_placed", "order", "customer"); }
 * }</pre>
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Externalized {

	/**
	 * The topic the records are sent to.
	 * @return the topic
	 */
	String topic();

	/**
	 * Where the record key comes from: the name of an argument, {@code sender}, or empty for no key.
	 * @return the key's source
	 */
	String key() default "";

}
