package dev.signals.spring.slices;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** The application the slice tests of this package find: one entity and its repository. */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
class SliceApplication {

}
