package dev.signals.spring.readme;

import java.io.IOException;
import java.util.List;

import dev.signals.Signal;
import dev.signals.SignalRegistry;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.autoconfigure.jpa.JpaSignalsAutoConfiguration;
import dev.signals.spring.ReadmeSamples;
import dev.signals.spring.ReceiverDeclarationException;
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
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The receivers and custom signal of the README and the guides work as they say, in an application
 * with the auto-configuration, and are printed as this package has them.
 */
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

	@Test
	void customSignalWithDeclaredTypesReachesItsReceiverAndRejectsAValueOfAnotherType() {
		this.runner.withUserConfiguration(Shipping.class).run((context) -> {
			Signal shipped = context.getBean(SignalRegistry.class).get("order_shipped");
			shipped.send(Shipping.class, shipped.arguments("order", new Shipping.Order("A-1"), "trackingNumber", "T-1"));
			assertThat(context.getBean(Shipping.class).shipped).containsExactly("A-1 T-1");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> shipped.arguments("order", new Shipping.Order("A-2"), "trackingNumber", 42))
				.withMessage("Argument 'trackingNumber' of signal 'order_shipped' is declared as java.lang.String, but "
						+ "the value given is a java.lang.Integer");
		});
	}

	@Test
	void receiverOfTheCustomSignalWithAParameterOfAnotherTypeFailsAtStartup() {
		this.runner.withUserConfiguration(Shipping.class, Shipping.NumericTracking.class)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(ReceiverDeclarationException.class)
				.hasMessage("Invalid @Receiver NumericTracking#onShipped: parameter 'trackingNumber' is a "
						+ "java.lang.Long, but signal 'order_shipped' sends 'trackingNumber' as a java.lang.String; "
						+ "declare it as String (or a supertype)"));
	}

	@Test
	void readmeReceiverIsPrintedAsThisPackageHasItImportsIncluded() throws IOException {
		List<String> samples = ReadmeSamples.between("README.md", "## Add it to your application", "## The signals");
		assertThat(samples).hasSize(1);
		assertThat(samples.get(0)).startsWith("import dev.signals.spring.Receiver;");
		ReadmeSamples.assertExcerptsOfTests(samples, "readme");
	}

	@Test
	void manyToManySamplesAreExcerptsOfTheTestsThatRunThem() throws IOException {
		List<String> samples = ReadmeSamples.after("docs/guides/deletes-and-many-to-many.md", "## Many-to-many and `reverse`");
		assertThat(samples).hasSize(2);
		ReadmeSamples.assertExcerptsOfTests(samples, "readme", "jpa");
	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage
	static class Application {

	}

}
