package dev.signals.spring.durable;

import java.io.InputStream;

import dev.signals.Signal;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.autoconfigure.durable.DurableAutoConfiguration;
import dev.signals.spring.Phase;
import dev.signals.spring.Receiver;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Durable receivers declared wrongly fail at startup naming the method, what is wrong and the
 * fix; the durable support applies only where it can work.
 */
class DurableDeclarationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class, DataSourceAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, DurableAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true")
		.withUserConfiguration(Memo.class);

	@Test
	void durableSupportAppliesWithADataSourceAndATransactionManager() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(DurableOutbox.class)
			.hasSingleBean(DurablePublications.class));
	}

	@Test
	void durableSupportStaysOffWhenDisabled() {
		this.runner.withPropertyValues("signals.durable.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(DurableOutbox.class));
	}

	@Test
	void applicationWithoutSpringJdbcStartsWithoutDurableSupport() {
		this.runner.withClassLoader(new FilteredClassLoader(JdbcTemplate.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(DurableOutbox.class));
	}

	@Test
	void durableReceiverWithoutDurableSupportFailsNamingWhatItNeeds() {
		this.runner.withPropertyValues("signals.durable.enabled=false")
			.withUserConfiguration(Fine.class)
			.run((context) -> assertThat(context).getFailure()
				.hasMessageContaining("Invalid @Receiver Fine#onMemo: it is durable, but the context has no durable "
						+ "signal support: it needs a single DataSource"));
	}

	@Test
	void durableReceiverAtAnotherPhaseFails() {
		this.runner.withUserConfiguration(AfterRollback.class)
			.run((context) -> assertThat(context).getFailure()
				.hasMessageContaining("Invalid @Receiver AfterRollback#onMemo: durable = true with phase AFTER_ROLLBACK: "
						+ "a durable receiver is delivered after the sending transaction commits; use phase AFTER_COMMIT"));
	}

	@Test
	void asyncDurableReceiverFails() {
		this.runner.withUserConfiguration(Async.class)
			.run((context) -> assertThat(context).getFailure()
				.hasMessageContaining("Invalid @Receiver Async#onMemo: durable = true with async = true: a durable "
						+ "receiver always runs on the durable delivery workers; remove async"));
	}

	@Test
	void parameterOfATypeThatCannotBeStoredFails() {
		this.runner.withUserConfiguration(Stream.class)
			.run((context) -> assertThat(context).getFailure()
				.hasMessageContaining("Invalid @Receiver Stream#onMemo: it is durable, but its parameter 'memo' "
						+ "(java.io.InputStream) cannot be stored: a AutoCloseable is a resource or behaviour, not a value"));
	}

	@Test
	void parameterOfAClassJacksonCannotCreateFails() {
		this.runner.withUserConfiguration(NoCreator.class)
			.run((context) -> assertThat(context).getFailure()
				.hasMessageContaining("Invalid @Receiver NoCreator#onMemo: it is durable, but its parameter 'memo' "
						+ "(" + Opaque.class.getName() + ") cannot be stored: Jackson cannot create a Opaque"));
	}

	@Test
	void publicationIdOfAnotherTypeFails() {
		this.runner.withUserConfiguration(LongId.class)
			.run((context) -> assertThat(context).getFailure()
				.hasMessageContaining("Invalid @Receiver LongId#onMemo: parameter 'publicationId' is a java.lang.Long, "
						+ "but the publication id is a UUID; declare it as UUID or String"));
	}

	@Test
	void publicationIdOfAReceiverThatIsNotDurableFails() {
		this.runner.withUserConfiguration(NotDurable.class)
			.run((context) -> assertThat(context).getFailure()
				.hasMessageContaining("parameter 'publicationId' is not an argument of signal 'memo_written'")
				.hasMessageContaining("(a publicationId only for durable receivers)"));
	}

	@Configuration(proxyBeanMethods = false)
	static class Memo {

		@Bean
		Signal memoWritten() {
			return Signal.of("memo_written", "memo");
		}

	}

	static class Fine {

		@Receiver(signal = "memo_written", durable = true)
		public void onMemo(String memo) {
		}

	}

	static class AfterRollback {

		@Receiver(signal = "memo_written", phase = Phase.AFTER_ROLLBACK, durable = true)
		public void onMemo(String memo) {
		}

	}

	static class Async {

		@Receiver(signal = "memo_written", async = true, durable = true)
		public void onMemo(String memo) {
		}

	}

	static class Stream {

		@Receiver(signal = "memo_written", durable = true)
		public void onMemo(InputStream memo) {
		}

	}

	/** Has only a constructor Jackson cannot call. */
	public static final class Opaque {

		private Opaque(int secret, int other) {
		}

	}

	static class NoCreator {

		@Receiver(signal = "memo_written", durable = true)
		public void onMemo(Opaque memo) {
		}

	}

	static class LongId {

		@Receiver(signal = "memo_written", durable = true)
		public void onMemo(String memo, Long publicationId) {
		}

	}

	static class NotDurable {

		@Receiver(signal = "memo_written", phase = Phase.AFTER_COMMIT)
		public void onMemo(String memo, String publicationId) {
		}

	}

}
