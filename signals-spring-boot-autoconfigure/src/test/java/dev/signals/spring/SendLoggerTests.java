package dev.signals.spring;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.signals.Connect;
import dev.signals.Signal;
import dev.signals.SignalEvent;
import dev.signals.SignalReceiver;
import dev.signals.SignalRegistry;
import dev.signals.autoconfigure.BuiltInSignals;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.spring.jpa.ModelSignals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** DEBUG logging of each send, and the INFO line at startup. */
class SendLoggerTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class))
		.withUserConfiguration(Receivers.class);

	private final Logger sends = (Logger) LoggerFactory.getLogger(SendLogger.LOGGER_NAME);

	private final Logger processor = (Logger) LoggerFactory.getLogger(ReceiverMethodProcessor.class);

	private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

	private Level sendsLevel;

	private Level processorLevel;

	@BeforeEach
	void captureLogs() {
		this.sendsLevel = this.sends.getLevel();
		this.processorLevel = this.processor.getLevel();
		this.processor.setLevel(Level.INFO);
		this.logged.start();
		this.sends.addAppender(this.logged);
		this.processor.addAppender(this.logged);
	}

	@AfterEach
	void restoreLogs() {
		this.sends.detachAppender(this.logged);
		this.processor.detachAppender(this.logged);
		this.sends.setLevel(this.sendsLevel);
		this.processor.setLevel(this.processorLevel);
	}

	@Test
	void atDebugEachSendNamesSignalSenderAndEveryReceiverWithItsTime() {
		this.sends.setLevel(Level.DEBUG);
		this.runner.run((context) -> {
			assertThat(context.getBean(SendLogger.class).isActive()).isTrue();
			Signal postSave = context.getBean(SignalRegistry.class).get(ModelSignals.POST_SAVE);
			postSave.connect(new Failing(), Connect.sender(String.class));
			postSave.sendRobust(String.class, postSave.arguments("created", true));
			assertThat(messages(Level.DEBUG)).singleElement()
				.asString()
				.matches("Sent post_save from java.lang.String to 2 receivers in \\d+\\.\\d{3} ms: "
						+ "Receivers#onSave \\d+\\.\\d{3} ms, "
						+ "Failing \\d+\\.\\d{3} ms \\(failed: java.lang.IllegalStateException: no\\)");
		});
	}

	@Test
	void withoutDebugAtStartupSendsAreNotObservedEvenIfDebugIsTurnedOnLater() {
		this.sends.setLevel(Level.INFO);
		this.runner.run((context) -> {
			assertThat(context.getBean(SendLogger.class).isActive()).isFalse();
			this.sends.setLevel(Level.DEBUG);
			Signal postSave = context.getBean(SignalRegistry.class).get(ModelSignals.POST_SAVE);
			postSave.send(String.class, postSave.arguments("created", true));
			assertThat(messages(Level.DEBUG)).isEmpty();
		});
	}

	@Test
	void closingTheContextStopsLogging() {
		this.sends.setLevel(Level.DEBUG);
		SignalRegistry registry = BuiltInSignals.registry();
		this.runner.withBean(SignalRegistry.class, () -> registry).run((context) -> {
		});
		Signal postSave = registry.get(ModelSignals.POST_SAVE);
		postSave.connect((event) -> null);
		postSave.send(String.class);
		assertThat(messages(Level.DEBUG)).isEmpty();
	}

	@Test
	void startupLogsOneInfoLineCountingReceiversAndSignals() {
		this.runner.withBean("extra", SignalReceiver.class, () -> (event) -> null)
			.withUserConfiguration(Programmatic.class)
			.run((context) -> assertThat(messages(Level.INFO)).containsExactly(
					"2 receivers connected to 2 of 12 signals (1 of them from @Receiver methods of this context)"));
	}

	private List<String> messages(Level level) {
		return this.logged.list.stream()
			.filter((event) -> event.getLevel() == level)
			.map(ILoggingEvent::getFormattedMessage)
			.toList();
	}

	@Configuration(proxyBeanMethods = false)
	@Import(Receivers.class)
	static class Programmatic {

		@Bean
		Object connectsInCode(SignalRegistry registry) {
			return registry.get(ModelSignals.PRE_DELETE).connect((event) -> null);
		}

	}

	static class Receivers {

		@Receiver(signal = ModelSignals.POST_SAVE)
		public void onSave(boolean created) {
		}

	}

	static final class Failing implements SignalReceiver {

		@Override
		public Object receive(SignalEvent event) {
			throw new IllegalStateException("no");
		}

		@Override
		public String toString() {
			return "Failing";
		}

	}

}
