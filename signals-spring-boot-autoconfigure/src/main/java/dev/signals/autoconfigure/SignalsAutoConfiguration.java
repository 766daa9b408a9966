package dev.signals.autoconfigure;

import dev.signals.Signal;
import dev.signals.SignalRegistry;
import dev.signals.spring.CommitPhaseListener;
import dev.signals.spring.Receiver;
import dev.signals.spring.ReceiverMethodProcessor;
import dev.signals.spring.SendLogger;
import dev.signals.spring.SignalsProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SearchStrategy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Auto-configuration of the signal registry of this application context, holding the built-in
 * signals and every {@link Signal} bean, and of the discovery of {@link Receiver @Receiver}
 * methods, which are connected at startup and disconnected when the context closes. A child
 * context uses its parent's registry and connects its own beans' receivers to it.
 */
@AutoConfiguration
@ConditionalOnClass(SignalRegistry.class)
@ConditionalOnBooleanProperty(name = "signals.enabled", matchIfMissing = true)
@EnableConfigurationProperties(SignalsProperties.class)
public final class SignalsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SignalRegistry signalRegistry(ObjectProvider<Signal> signals) {
		SignalRegistry registry = BuiltInSignals.registry();
		signals.orderedStream().forEach(registry::register);
		return registry;
	}

	/** Logs sends at DEBUG when the {@code dev.signals.sends} logger is DEBUG-enabled at startup. */
	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	SendLogger signalsSendLogger(SignalRegistry registry) {
		return new SendLogger(registry);
	}

	@Bean
	@ConditionalOnMissingBean(search = SearchStrategy.CURRENT)
	static ReceiverMethodProcessor signalsReceiverMethodProcessor() {
		return new ReceiverMethodProcessor();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(TransactionExecutionListener.class)
	static class TransactionPhaseConfiguration {

		/** Lets {@code BEFORE_COMMIT} receivers of signals sent while committing (JPA's flush) run. */
		@Bean
		TransactionExecutionListener signalsCommitPhaseListener() {
			return new CommitPhaseListener();
		}

	}

}
