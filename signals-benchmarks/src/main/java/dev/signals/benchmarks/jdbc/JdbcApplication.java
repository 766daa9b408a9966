package dev.signals.benchmarks.jdbc;

import dev.signals.spring.Receiver;
import dev.signals.spring.db.DatabaseSignals;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application of {@link BorrowBenchmark}: Spring Boot's auto-configured HikariCP pool on an
 * in-memory H2 database, without JPA.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = HibernateJpaAutoConfiguration.class)
public class JdbcApplication {

	/**
	 * Starts the application in a benchmark mode.
	 * @param mode {@code without} (signals off), {@code bridge} (the pool sends connection_created,
	 * nobody listens) or {@code receiver} (one {@code connection_created} receiver)
	 * @return the running application
	 */
	static ConfigurableApplicationContext start(String mode) {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(JdbcApplication.class)
			.web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "spring.datasource.generate-unique-name=true",
					"spring.data.jpa.repositories.enabled=false", "signals.enabled=" + !"without".equals(mode));
		if ("receiver".equals(mode)) {
			builder.sources(CreatedConnections.class);
		}
		return builder.run();
	}

	/** Counts the connections the pool opens, the least a receiver can do. */
	public static class CreatedConnections {

		private volatile int count;

		/** Counts one new connection. */
		@Receiver(signal = DatabaseSignals.CONNECTION_CREATED)
		public void created() {
			this.count++;
		}

		/** @return how many connections the pool opened */
		public int count() {
			return this.count;
		}

	}

}
