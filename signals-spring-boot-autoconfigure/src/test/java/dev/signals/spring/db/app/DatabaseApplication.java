package dev.signals.spring.db.app;

import java.util.Arrays;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Spring Boot's auto-configuration with JPA, the {@link Product} entity and its repository; each
 * test adds its receivers and says which database and which migration tool.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class DatabaseApplication {

	/** Properties that run the Flyway migrations of the tests, and not Liquibase. */
	public static final String[] FLYWAY = { "spring.flyway.enabled=true",
			"spring.flyway.locations=classpath:db/signals/flyway", "spring.liquibase.enabled=false" };

	/** Properties that run the Liquibase changelog of the tests, and not Flyway. */
	public static final String[] LIQUIBASE = { "spring.liquibase.enabled=true",
			"spring.liquibase.change-log=classpath:db/signals/liquibase/changelog.sql", "spring.flyway.enabled=false" };

	/**
	 * Starts the application.
	 * @param url the JDBC URL of the database
	 * @param sources receiver classes and configurations to add
	 * @param properties further properties, ahead of the tests' {@code application.properties}
	 * @return the running application
	 */
	public static ConfigurableApplicationContext start(String url, Class<?>[] sources, String... properties) {
		return new SpringApplicationBuilder(DatabaseApplication.class).sources(sources)
			.web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "spring.datasource.url=" + url,
					"spring.datasource.username=postgres", "spring.datasource.password=postgres",
					"spring.jpa.hibernate.ddl-auto=none", "spring.jpa.open-in-view=false")
			.run(Arrays.stream(properties).map((property) -> "--" + property).toArray(String[]::new));
	}

}
