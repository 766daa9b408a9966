package dev.signals.benchmarks.jpa;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The application of {@link PersistBenchmark}: Spring Boot's auto-configuration with an in-memory
 * H2 database and Hibernate, and the {@link Item} entity of this package.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class JpaApplication {

	/**
	 * Starts the application in a benchmark mode.
	 * @param mode {@code without} (signals off), {@code starter} (no receiver) or {@code receiver}
	 * (one trivial {@code post_save} receiver)
	 * @param properties further properties
	 * @return the running application
	 */
	static ConfigurableApplicationContext start(String mode, String... properties) {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(JpaApplication.class)
			.web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "spring.datasource.generate-unique-name=true",
					"spring.jpa.open-in-view=false", "spring.data.jpa.repositories.enabled=false",
					"signals.enabled=" + !"without".equals(mode))
			.properties(properties);
		if ("receiver".equals(mode)) {
			builder.sources(ReceiverConfiguration.class);
		}
		return builder.run();
	}

}
