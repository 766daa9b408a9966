package dev.signals.spring.jdbc;

import dev.signals.Signal;
import dev.signals.spring.Phase;
import dev.signals.spring.Receiver;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without JPA, on Spring's JDBC transaction manager, an {@code AFTER_COMMIT} receiver that writes
 * runs on the connection the committed transaction holds: with a pool of one connection it
 * completes instead of waiting for a second.
 */
@SpringBootTest(classes = JdbcAfterCommitTests.JdbcApplication.class,
		webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.autoconfigure.exclude="
				+ "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration,"
				+ "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration",
				"spring.datasource.hikari.maximum-pool-size=1", "spring.datasource.hikari.connection-timeout=1000" })
class JdbcAfterCommitTests {

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void afterCommitReceiverWritesWithAPoolOfOneConnection() {
		assertThat(this.transactionManager).isInstanceOf(JdbcTransactionManager.class);
		this.ledger.book("rent");
		assertThat(this.jdbc.queryForList("select text from entry order by id", String.class))
			.containsExactly("rent", "audited rent");
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import({ Ledger.class, Auditor.class })
	static class JdbcApplication {

		@Bean
		Signal booked() {
			return Signal.of("booked", "text");
		}

	}

	static class Ledger {

		private final JdbcTemplate jdbc;

		private final Signal booked;

		Ledger(JdbcTemplate jdbc, Signal booked) {
			this.jdbc = jdbc;
			this.booked = booked;
			jdbc.execute("create table if not exists entry (id int auto_increment primary key, text varchar(50))");
		}

		@Transactional
		public void book(String text) {
			this.jdbc.update("insert into entry (text) values (?)", text);
			this.booked.send(Ledger.class, this.booked.arguments("text", text));
		}

	}

	static class Auditor {

		private final JdbcTemplate jdbc;

		Auditor(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Receiver(signal = "booked", phase = Phase.AFTER_COMMIT)
		void audit(String text) {
			this.jdbc.update("insert into entry (text) values (?)", "audited " + text);
		}

	}

}
