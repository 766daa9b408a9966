package dev.signals.spring.jpa.differential;

import org.hibernate.cfg.AvailableSettings;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The application of the differential test: the entities of this package, a Spring Data
 * repository for each, and a counter of Hibernate's SQL statements.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@EnableJpaRepositories(considerNestedRepositories = true)
class DifferentialApplication {

	@Bean
	StatementCounter statementCounter() {
		return new StatementCounter();
	}

	@Bean
	HibernatePropertiesCustomizer statementCounting(StatementCounter counter) {
		return (properties) -> properties.put(AvailableSettings.STATEMENT_INSPECTOR, counter);
	}

	interface People extends JpaRepository<Person, Long> {

	}

	interface Accounts extends JpaRepository<Account, Long> {

	}

	interface Authors extends JpaRepository<Author, Long> {

	}

	interface Books extends JpaRepository<Book, Long> {

	}

	interface Courses extends JpaRepository<Course, Long> {

	}

	interface Students extends JpaRepository<Student, Long> {

	}

	interface Gauges extends JpaRepository<Gauge, Long> {

	}

	interface Notes extends JpaRepository<Note, Long> {

	}

}
