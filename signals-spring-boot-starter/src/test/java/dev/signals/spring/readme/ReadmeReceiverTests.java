package dev.signals.spring.readme;

import dev.signals.spring.SignalsAutoConfiguration;
import dev.signals.spring.jpa.JpaSignalsAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's first receiver works as the README says, in an application with the starter. */
class ReadmeReceiverTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
				DataJpaRepositoriesAutoConfiguration.class, TransactionAutoConfiguration.class,
				SignalsAutoConfiguration.class, JpaSignalsAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true")
		.withUserConfiguration(Application.class, SpecialFieldReceiver.class);

	@Test
	void aCreatedModelGetsItsSpecialFieldFromTheReceiverOrUndefinedWhenTheMethodFails() {
		this.runner.run((context) -> {
			SomeModelRepository repository = context.getBean(SomeModelRepository.class);
			Long named = repository.save(new SomeModel("kettle")).getId();
			Long nameless = repository.save(new SomeModel(null)).getId();
			assertThat(repository.findById(named)).get().extracting(SomeModel::getSpecialField).isEqualTo("KETTLE");
			assertThat(repository.findById(nameless)).get()
				.extracting(SomeModel::getSpecialField)
				.isEqualTo("undefined");
		});
	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage
	static class Application {

	}

}
