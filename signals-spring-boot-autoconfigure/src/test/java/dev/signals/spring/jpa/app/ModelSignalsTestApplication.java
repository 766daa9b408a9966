package dev.signals.spring.jpa.app;

import java.util.List;

import dev.signals.SignalRegistry;
import dev.signals.spring.readme.DefaultPartsLog;
import org.hibernate.jpa.boot.spi.IntegratorProvider;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The test application: entities and repositories of this package, its own Hibernate integrator. */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@EnableJpaRepositories(considerNestedRepositories = true)
public class ModelSignalsTestApplication {

	@Bean
	Recorder recorder(SignalRegistry registry) {
		return new Recorder(registry);
	}

	@Bean
	SpecialFieldReceiver specialFieldReceiver(Repositories.Customers customers) {
		return new SpecialFieldReceiver(customers);
	}

	@Bean
	DefaultPartsLog defaultPartsLog() {
		return new DefaultPartsLog();
	}

	@Bean
	EveryCarsDefaultParts everyCarsDefaultParts() {
		return new EveryCarsDefaultParts();
	}

	@Bean
	SlugReceiver slugReceiver() {
		return new SlugReceiver();
	}

	@Bean
	AppHibernateIntegrator appHibernateIntegrator() {
		return new AppHibernateIntegrator();
	}

	@Bean
	HibernatePropertiesCustomizer appIntegratorCustomizer(AppHibernateIntegrator integrator) {
		return (properties) -> properties.put("hibernate.integrator_provider",
				(IntegratorProvider) () -> List.of(integrator));
	}

}
