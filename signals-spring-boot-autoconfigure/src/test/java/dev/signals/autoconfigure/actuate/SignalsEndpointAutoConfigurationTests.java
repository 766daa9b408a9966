package dev.signals.autoconfigure.actuate;


import dev.signals.Signal;
import dev.signals.SignalRegistry;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.autoconfigure.actuate.SignalsEndpoint.SignalDescriptor;
import dev.signals.spring.LateReceivers;
import dev.signals.spring.jpa.ModelSignals;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointAutoConfiguration;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SignalsEndpointAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class,
				SignalsEndpointAutoConfiguration.class, EndpointAutoConfiguration.class,
				WebEndpointAutoConfiguration.class));

	@Test
	void exposedEndpointIsAvailableAndCountsSends() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=signals").run((context) -> {
			assertThat(context).hasSingleBean(SignalsEndpoint.class).hasSingleBean(SignalStatistics.class);
			Signal postSave = context.getBean(SignalRegistry.class).get(ModelSignals.POST_SAVE);
			postSave.connect((event) -> null);
			postSave.send(this);
			postSave.send(this);
			SignalDescriptor descriptor = context.getBean(SignalsEndpoint.class).signal(ModelSignals.POST_SAVE);
			assertThat(descriptor.sends()).isEqualTo(2);
			assertThat(descriptor.failures()).isZero();
			assertThat(context.getBean(SignalsEndpoint.class).signal("post_saved")).isNull();
		});
	}

	@Test
	void failuresOfDeferredAndAsyncReceiversAreCounted() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=signals")
			.withUserConfiguration(LateReceivers.class)
			.run((context) -> {
				context.getBean(SignalRegistry.class).get(ModelSignals.POST_DELETE).send(this);
				SignalsEndpoint endpoint = context.getBean(SignalsEndpoint.class);
				await().untilAsserted(() -> assertThat(endpoint.signal(ModelSignals.POST_DELETE).failures()).isEqualTo(2));
				assertThat(endpoint.signal(ModelSignals.POST_DELETE).sends()).isEqualTo(1);
			});
	}

	@Test
	void unexposedEndpointIsNotCreatedAndNothingIsCounted() {
		this.runner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(SignalsEndpoint.class)
			.doesNotHaveBean(SignalStatistics.class));
	}

	@Test
	void endpointWhoseAccessIsNoneIsNotCreated() {
		this.runner
			.withPropertyValues("management.endpoints.web.exposure.include=signals",
					"management.endpoint.signals.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(SignalsEndpoint.class));
	}

	@Test
	void backsOffWithoutActuator() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=signals")
			.withClassLoader(new FilteredClassLoader(Endpoint.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(SignalRegistry.class)
				.doesNotHaveBean(SignalsEndpoint.class));
	}

	@Test
	void backsOffWhenSignalsAreDisabled() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=signals", "signals.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(SignalsEndpoint.class));
	}

}
