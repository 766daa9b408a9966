package dev.signals.benchmarks.jpa;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The application of {@link PersistBenchmark}: Spring Boot's auto-configuration with an in-memory
 * H2 database and Hibernate, and the {@link Item} entity of this package.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class JpaApplication {

}
