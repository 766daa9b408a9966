package dev.signals.spring.kafka;

import dev.signals.Signal;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.autoconfigure.durable.DurableAutoConfiguration;
import dev.signals.autoconfigure.kafka.KafkaSignalsAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signals on Kafka apply only with spring-kafka, and a declaration that cannot work fails at
 * startup naming the property and the fix.
 */
class KafkaSignalsAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class, DataSourceAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, DurableAutoConfiguration.class,
				KafkaAutoConfiguration.class, KafkaSignalsAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true")
		.withUserConfiguration(Memos.class);

	@Test
	void applicationWithoutSpringKafkaStartsWithoutIt() {
		this.runner.withClassLoader(new FilteredClassLoader(KafkaTemplate.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(KafkaOutbound.class));
	}

	@Test
	void signalBeanAnnotatedExternalizedIsSentToItsTopic() {
		this.runner.run((context) -> assertThat(context.getBean(KafkaOutbound.class).topics()).containsExactly("memos"));
	}

	@Test
	void propertyNamesTheSignalWithOrWithoutItsUnderscore() {
		this.runner.withPropertyValues("signals.kafka.outbound.notetaken.topic=notes")
			.run((context) -> assertThat(context.getBean(KafkaOutbound.class).topics()).containsExactly("memos", "notes"));
	}

	@Test
	void propertyForAnUnknownSignalFails() {
		this.runner.withPropertyValues("signals.kafka.outbound.note_token.topic=notes")
			.run((context) -> assertThat(context).getFailure()
				.hasMessageContaining("signals.kafka.outbound.note_token names no signal; known signals: [")
				.hasMessageContaining("note_taken"));
	}

	@Test
	void keyThatIsNotAnArgumentFails() {
		this.runner.withPropertyValues("signals.kafka.outbound.note_taken.topic=notes",
				"signals.kafka.outbound.note_taken.key=author")
			.run((context) -> assertThat(context).getFailure()
				.hasMessageContaining("signals.kafka.outbound.note_taken takes the record key from 'author', which is not "
						+ "an argument of signal 'note_taken'; use one of [text], sender, or no key"));
	}

	@Test
	void signalSentToKafkaWithoutDurableSignalsFails() {
		this.runner.withPropertyValues("signals.durable.enabled=false")
			.run((context) -> assertThat(context).getFailure()
				.hasMessageContaining("@Externalized on bean 'memoWritten' sends signal 'memo_written' to Kafka topic "
						+ "'memos', which needs durable signals"));
	}

	@Test
	void inboundWithoutTopicFails() {
		this.runner.withPropertyValues("signals.kafka.inbound.note_taken.group-id=notes")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("signals.kafka.inbound.note_taken.topic is not set; name the topic that feeds "
						+ "signal 'note_taken'"));
	}

	@Configuration(proxyBeanMethods = false)
	static class Memos {

		@Bean
		@Externalized(topic = "memos", key = "memo")
		Signal memoWritten() {
			return Signal.of("memo_written", "memo");
		}

		@Bean
		Signal noteTaken() {
			return Signal.of("note_taken", "text");
		}

	}

}
