package dev.signals.autoconfigure.metrics;

import dev.signals.SignalRegistry;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@link SignalMetrics Micrometer metrics} of signal sends, when
 * Micrometer and a {@link MeterRegistry} bean are present and {@code signals.metrics.enabled}
 * is not {@code false}.
 */
@AutoConfiguration(after = { SignalsAutoConfiguration.class, MetricsAutoConfiguration.class,
		CompositeMeterRegistryAutoConfiguration.class })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean({ SignalRegistry.class, MeterRegistry.class })
@ConditionalOnBooleanProperty(name = "signals.metrics.enabled", matchIfMissing = true)
@EnableConfigurationProperties(SignalsMetricsProperties.class)
public final class SignalsMetricsAutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	SignalMetrics signalMetrics(SignalRegistry registry, MeterRegistry meters) {
		return new SignalMetrics(registry, meters);
	}

}
