package dev.signals.spring;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.signals.spring.jpa.ModelSignals;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two receivers whose failures happen after the send returned: one after commit (run at once
 * without a transaction) and one on a task executor. Shared by the tests that count such failures.
 */
@Configuration(proxyBeanMethods = false)
public class LateReceivers {

	@Bean(destroyMethod = "shutdown")
	ExecutorService executor() {
		return Executors.newSingleThreadExecutor();
	}

	@Receiver(signal = ModelSignals.POST_DELETE, phase = Phase.AFTER_COMMIT)
	public void afterCommit() {
		throw new IllegalStateException("after commit");
	}

	@Receiver(signal = ModelSignals.POST_DELETE, async = true)
	public void inBackground() {
		throw new IllegalStateException("in background");
	}

}
