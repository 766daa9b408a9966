package dev.signals.spring.reliability;

import java.io.IOException;

import com.zaxxer.hikari.HikariDataSource;
import dev.signals.Signal;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * A Boot application on a real PostgreSQL behind a Hikari pool, with Spring Data JPA, the starter
 * and the receivers of the reliability tests. The server is a bean, closed after the pool and the
 * entity manager factory.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@EnableJpaRepositories(considerNestedRepositories = true)
@Import({ PaymentService.class, PaymentReceivers.class, Faults.class, FaultyReceivers.class })
class ReliabilityApplication {

	/** The custom signal of the phase matrix. */
	static final String ITEM_NOTED = "item_noted";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres() throws IOException {
		return EmbeddedPostgres.start();
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setMaximumPoolSize(12);
		dataSource.setConnectionTimeout(10_000);
		return dataSource;
	}

	/** The schema: Boot creates none for a database it does not consider embedded. */
	@Bean
	HibernatePropertiesCustomizer createSchema() {
		return (properties) -> properties.put("hibernate.hbm2ddl.auto", "create-drop");
	}

	@Bean
	Signal itemNoted() {
		return Signal.of(ITEM_NOTED, "item");
	}

}
