package dev.signals.benchmarks.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application of {@link PersistBenchmark} and {@link UpdateBenchmark}: Spring Boot's auto-configuration with an in-memory
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
	static Running start(String mode, String... properties) {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(JpaApplication.class)
			.web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "spring.datasource.generate-unique-name=true",
					"spring.jpa.open-in-view=false", "spring.data.jpa.repositories.enabled=false",
					"signals.enabled=" + !"without".equals(mode))
			.properties(properties);
		if ("receiver".equals(mode)) {
			builder.sources(ReceiverConfiguration.class);
		}
		ConfigurableApplicationContext context = builder.run();
		return new Running(context,
				SharedEntityManagerCreator.createSharedEntityManager(context.getBean(EntityManagerFactory.class)),
				new TransactionTemplate(context.getBean(PlatformTransactionManager.class)));
	}

	/**
	 * The application running for a benchmark.
	 * @param context its context, closed with {@link #close()}
	 * @param entityManager the shared {@code EntityManager}
	 * @param transactions runs work in a transaction
	 */
	record Running(ConfigurableApplicationContext context, EntityManager entityManager,
			TransactionTemplate transactions) implements AutoCloseable {

		@Override
		public void close() {
			this.context.close();
		}

	}

}
