package dev.signals.autoconfigure.actuate;

import dev.signals.SignalRegistry;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.autoconfigure.durable.DurableAutoConfiguration;
import dev.signals.spring.durable.DurablePublications;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@link SignalsEndpoint signals endpoint}, when Spring Boot Actuator
 * is present and the application's exposure settings make the endpoint available. Sends are
 * counted only while it is.
 */
@AutoConfiguration(after = { SignalsAutoConfiguration.class, DurableAutoConfiguration.class })
@ConditionalOnClass(Endpoint.class)
@ConditionalOnBean(SignalRegistry.class)
@ConditionalOnAvailableEndpoint(SignalsEndpoint.class)
public final class SignalsEndpointAutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	SignalStatistics signalStatistics(SignalRegistry registry) {
		return new SignalStatistics(registry);
	}

	@Bean
	@ConditionalOnMissingBean
	SignalsEndpoint signalsEndpoint(SignalRegistry registry, SignalStatistics statistics,
			ObjectProvider<DurablePublications> durable) {
		return new SignalsEndpoint(registry, statistics, durable.getIfUnique());
	}

}
