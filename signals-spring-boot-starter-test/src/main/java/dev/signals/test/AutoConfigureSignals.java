package dev.signals.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Adds the signals auto-configuration to a test whose context has no full auto-configuration, such
 * as a custom or another test slice: the signal registry, {@link dev.signals.spring.Receiver @Receiver}
 * discovery, and the model and request signals where the slice has JPA or a servlet web
 * application. {@code @DataJpaTest} and {@code @WebMvcTest} include it already.
 *
 * <p>The auto-configuration classes are listed in
 * {@code META-INF/spring/dev.signals.test.AutoConfigureSignals.imports}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigureSignals {

}
