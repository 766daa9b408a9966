package dev.signals.spring.jpa;

import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.autoconfigure.jpa.JpaSignalsAutoConfiguration;
import dev.signals.spring.jpa.app.Order;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/**
 * A runner of small contexts with the test application's entities, an H2 database of their own,
 * Hibernate and the starter's JPA bridge, but none of the application's beans.
 */
final class TestApplicationRunner {

	private TestApplicationRunner() {
	}

	static ApplicationContextRunner withEntities() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					HibernateJpaAutoConfiguration.class, TransactionAutoConfiguration.class,
					SignalsAutoConfiguration.class, JpaSignalsAutoConfiguration.class))
			.withPropertyValues("spring.datasource.generate-unique-name=true")
			.withUserConfiguration(Entities.class);
	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackageClasses = Order.class)
	static class Entities {

	}

}
