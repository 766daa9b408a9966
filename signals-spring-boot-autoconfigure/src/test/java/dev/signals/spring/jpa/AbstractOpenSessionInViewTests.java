package dev.signals.spring.jpa;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.persistence.EntityManagerFactory;

import dev.signals.Connect;
import dev.signals.Connection;
import dev.signals.SignalRegistry;
import dev.signals.spring.jpa.app.Account;
import dev.signals.spring.jpa.app.ModelSignalsTestApplication;
import dev.signals.spring.jpa.app.Repositories;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Open session in view as Spring Boot turns it on in a web application: one {@code EntityManager}
 * for the whole request, through Spring's own interceptor, driven by MockMvc. A request whose
 * first transaction fails at its flush on a duplicate key and whose second commits: the
 * application sees the same outcome as without receivers, and the {@code post_save} receiver hears
 * only the row that was committed. Run on H2 and on PostgreSQL by the subclasses.
 */
@SpringBootTest(classes = { ModelSignalsTestApplication.class, AbstractOpenSessionInViewTests.Endpoints.class },
		properties = { "spring.jpa.open-in-view=true", "spring.datasource.generate-unique-name=true",
				"spring.jpa.hibernate.ddl-auto=create-drop" })
@AutoConfigureMockMvc
abstract class AbstractOpenSessionInViewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SignalRegistry registry;

	@Autowired
	Repositories.Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void failedFlushInARequestLeavesNoSignalForTheRequestsNextTransaction() throws Exception {
		this.accounts.save(new Account("taken@example.com"));
		List<String> heard = new CopyOnWriteArrayList<>();
		try (Connection connection = this.registry.get(ModelSignals.POST_SAVE)
			.connect((event) -> heard.add(((Account) event.get("instance")).getEmail()),
					Connect.sender(Account.class))) {
			this.mvc.perform(post("/duplicate-then-next"))
				.andExpect(status().isOk())
				.andExpect(content().string("entity manager bound: true, first: DataIntegrityViolationException"));
		}
		assertThat(heard).containsExactly("next@example.com");
		assertThat(this.jdbc.queryForList("select email from account order by email", String.class))
			.containsExactly("next@example.com", "taken@example.com");
	}

	@Configuration(proxyBeanMethods = false)
	@RestController
	static class Endpoints {

		private final Repositories.Accounts accounts;

		private final TransactionTemplate transactions;

		private final EntityManagerFactory entityManagerFactory;

		Endpoints(Repositories.Accounts accounts, TransactionTemplate transactions,
				EntityManagerFactory entityManagerFactory) {
			this.accounts = accounts;
			this.transactions = transactions;
			this.entityManagerFactory = entityManagerFactory;
		}

		@PostMapping("/duplicate-then-next")
		String duplicateThenNext() {
			boolean bound = TransactionSynchronizationManager.hasResource(this.entityManagerFactory);
			String first = "committed";
			try {
				this.transactions.executeWithoutResult((status) -> {
					this.accounts.save(new Account("first@example.com"));
					this.accounts.save(new Account("taken@example.com"));
					this.accounts.flush();
				});
			}
			catch (DataIntegrityViolationException ex) {
				first = ex.getClass().getSimpleName();
			}
			this.transactions.executeWithoutResult((status) -> this.accounts.save(new Account("next@example.com")));
			return "entity manager bound: " + bound + ", first: " + first;
		}

	}

}
