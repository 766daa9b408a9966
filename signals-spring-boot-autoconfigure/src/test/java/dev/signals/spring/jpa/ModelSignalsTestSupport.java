package dev.signals.spring.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;

import dev.signals.Connect;
import dev.signals.Connection;
import dev.signals.SignalEvent;
import dev.signals.SignalRegistry;
import dev.signals.spring.jpa.app.AppHibernateIntegrator;
import dev.signals.spring.jpa.app.Child;
import dev.signals.spring.jpa.app.ModelSignalsTestApplication;
import dev.signals.spring.jpa.app.Order;
import dev.signals.spring.jpa.app.Parent;
import dev.signals.spring.jpa.app.Recorder;
import dev.signals.spring.jpa.app.Repositories;
import dev.signals.spring.jpa.app.SlugReceiver;
import dev.signals.spring.jpa.app.SpecialFieldReceiver;
import dev.signals.spring.jpa.app.Toy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The test application's context, shared by the model-signal test classes, with an empty
 * database and the recorder cleared before each test and the test's receivers disconnected after.
 */
@SpringBootTest(classes = ModelSignalsTestApplication.class,
		properties = { "spring.jpa.hibernate.ddl-auto=create-drop", "spring.jpa.open-in-view=false",
				"spring.jpa.properties.hibernate.jdbc.batch_size=7" })
abstract class ModelSignalsTestSupport {

	@Autowired
	SignalRegistry registry;

	@Autowired
	Recorder recorder;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcTemplate jdbc;

	@PersistenceContext
	EntityManager em;

	@Autowired
	EntityManagerFactory emf;

	@Autowired
	Repositories.Orders orders;

	@Autowired
	Repositories.Articles articles;

	@Autowired
	Repositories.Customers customers;

	@Autowired
	Repositories.AuditEntries audit;

	@Autowired
	Repositories.Parents parents;

	@Autowired
	Repositories.Children children;

	@Autowired
	Repositories.Posts posts;

	@Autowired
	Repositories.Tags tags;

	@Autowired
	Repositories.Tickets tickets;

	@Autowired
	Repositories.Settings settings;

	@Autowired
	Repositories.Invoices invoices;

	@Autowired
	Repositories.Memos memos;

	@Autowired
	SpecialFieldReceiver specialFieldReceiver;

	@Autowired
	SlugReceiver slugReceiver;

	@Autowired
	AppHibernateIntegrator appIntegrator;

	private final List<AutoCloseable> cleanups = new ArrayList<>();

	@BeforeEach
	void cleanDatabase() {
		for (String table : List.of("car_default_parts", "car_optional_parts", "car", "part", "book", "shelf", "gauge", "profile", "account", "memo_tags", "memo", "invoice_tags", "invoice", "post_tags", "child", "toy",
				"parent", "post", "tag", "orders", "article", "customer", "audit_entry", "ticket", "setting")) {
			this.jdbc.update("delete from " + table);
		}
		this.recorder.clear();
	}

	@AfterEach
	void disconnect() throws Exception {
		for (AutoCloseable cleanup : this.cleanups) {
			cleanup.close();
		}
		this.cleanups.clear();
	}

	Connection connect(String signal, Object sender, ModelReceiver receiver) {
		return keep(this.registry.get(signal).connect((event) -> {
			receiver.receive(event);
			return null;
		}, Connect.sender(sender)));
	}

	Connection keep(Connection connection) {
		this.cleanups.add(connection);
		return connection;
	}

	/**
	 * Leaves a signal without the recorder for this test, so that only the test's receivers
	 * listen to it.
	 * @param signal the signal name
	 */
	void unrecorded(String signal) {
		this.cleanups.add(this.recorder.pause(signal));
	}

	<T> T inTransaction(Supplier<T> work) {
		return this.tx.execute((status) -> work.get());
	}

	void inTransaction(Runnable work) {
		this.tx.executeWithoutResult((status) -> work.run());
	}

	/**
	 * Saves a parent with children, in a transaction of its own, and clears the recorder.
	 * @param name the parent's name
	 * @param children the names of its children
	 * @return the parent's id
	 */
	Long saveParent(String name, String... children) {
		Long id = inTransaction(() -> {
			Parent parent = new Parent(name);
			for (String child : children) {
				parent.addChild(child);
			}
			return this.parents.save(parent).getId();
		});
		this.recorder.clear();
		return id;
	}

	static String name(Object entity) {
		if (entity instanceof Parent parent) {
			return parent.getName();
		}
		if (entity instanceof Child child) {
			return child.getName();
		}
		if (entity instanceof Toy toy) {
			return toy.getName();
		}
		return ((Order) entity).getName();
	}

	/** A receiver of these tests: the JPA bridge does not read responses, so it answers nothing. */
	@FunctionalInterface
	interface ModelReceiver {

		void receive(SignalEvent event) throws Exception;

	}

}
