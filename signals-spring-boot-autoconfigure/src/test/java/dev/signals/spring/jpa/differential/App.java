package dev.signals.spring.jpa.differential;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import dev.signals.SignalRegistry;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.autoconfigure.jpa.JpaSignalsAutoConfiguration;
import dev.signals.autoconfigure.web.SignalsWebAutoConfiguration;
import dev.signals.spring.jpa.ModelSignals;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.support.Repositories;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One running {@link DifferentialApplication} on its own database, with what the replay needs of
 * it: the shared EntityManager, repositories, transactions, a second thread, the statement
 * counts, and the database emptied or dumped with plain JDBC.
 */
final class App implements AutoCloseable {

	private static final List<String> SIGNALS_AUTO_CONFIGURATIONS = List.of(
			"dev.signals.autoconfigure.SignalsAutoConfiguration", "dev.signals.autoconfigure.jpa.JpaSignalsAutoConfiguration",
			"dev.signals.autoconfigure.web.SignalsWebAutoConfiguration",
			"dev.signals.autoconfigure.actuate.SignalsEndpointAutoConfiguration",
			"dev.signals.autoconfigure.metrics.SignalsMetricsAutoConfiguration");

	private final Variant variant;

	private final ConfigurableApplicationContext context;

	private final EntityManagerFactory entityManagerFactory;

	private final EntityManager entityManager;

	private final PlatformTransactionManager transactionManager;

	private final JdbcTemplate jdbc;

	private final StatementCounter statements;

	private final Map<Kind, JpaRepository<Object, Object>> repositories = new EnumMap<>(Kind.class);

	private final ExecutorService otherThread = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "differential-other");
		thread.setDaemon(true);
		return thread;
	});

	private App(Variant variant, ConfigurableApplicationContext context) {
		this.variant = variant;
		this.context = context;
		this.entityManagerFactory = context.getBean(EntityManagerFactory.class);
		this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(this.entityManagerFactory);
		this.transactionManager = context.getBean(PlatformTransactionManager.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.statements = context.getBean(StatementCounter.class);
		Repositories all = new Repositories(context);
		for (Kind kind : Kind.values()) {
			this.repositories.put(kind, repository(all, kind));
		}
	}

	@SuppressWarnings("unchecked")
	private static JpaRepository<Object, Object> repository(Repositories all, Kind kind) {
		return (JpaRepository<Object, Object>) all.getRepositoryFor(kind.type)
			.orElseThrow(() -> new IllegalStateException("No repository for " + kind.type));
	}

	/**
	 * Starts an application and checks that it is the variant asked for.
	 * @param variant with or without the starter, with or without receivers
	 * @param url the JDBC URL of its own database
	 * @param extraProperties more properties of the application
	 * @return the running application
	 */
	static App start(Variant variant, String url, List<String> extraProperties) {
		List<Class<?>> sources = new ArrayList<>(List.of(DifferentialApplication.class));
		if (variant == Variant.RECEIVERS) {
			sources.add(NoOpReceivers.class);
		}
		List<String> properties = new ArrayList<>(List.of("spring.main.banner-mode=off",
				"spring.main.log-startup-info=false", "spring.datasource.url=" + url,
				"spring.datasource.hikari.maximum-pool-size=4", "spring.jpa.hibernate.ddl-auto=create-drop",
				"spring.jpa.open-in-view=false", "spring.jmx.enabled=false"));
		properties.addAll(extraProperties);
		if (variant == Variant.PLAIN) {
			properties.add("spring.autoconfigure.exclude=" + String.join(",", SIGNALS_AUTO_CONFIGURATIONS));
		}
		ConfigurableApplicationContext context = new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
			.web(WebApplicationType.NONE)
			.properties(properties.toArray(String[]::new))
			.run();
		App app = new App(variant, context);
		app.checkVariant();
		return app;
	}

	private void checkVariant() {
		SignalRegistry registry = this.context.getBeanProvider(SignalRegistry.class).getIfAvailable();
		boolean receivers = registry != null && List.of(ModelSignals.POST_INIT, ModelSignals.PRE_SAVE, ModelSignals.POST_SAVE,
				ModelSignals.PRE_DELETE, ModelSignals.POST_DELETE, ModelSignals.M2M_CHANGED)
			.stream()
			.allMatch((name) -> registry.get(name).hasReceivers());
		boolean ok = switch (this.variant) {
			case PLAIN -> registry == null;
			case RECEIVERS -> receivers;
			case NO_RECEIVER -> registry != null && !registry.signals().stream().anyMatch((s) -> s.hasReceivers());
		};
		if (!ok) {
			close();
			throw new IllegalStateException("The application is not " + this.variant.description);
		}
	}

	Variant variant() {
		return this.variant;
	}

	EntityManagerFactory entityManagerFactory() {
		return this.entityManagerFactory;
	}

	EntityManager entityManager() {
		return this.entityManager;
	}

	StatementCounter statements() {
		return this.statements;
	}

	JpaRepository<Object, Object> repository(Kind kind) {
		return this.repositories.get(kind);
	}

	TransactionTemplate transaction(int propagation, boolean readOnly) {
		TransactionTemplate template = new TransactionTemplate(this.transactionManager);
		template.setPropagationBehavior(propagation);
		template.setReadOnly(readOnly);
		return template;
	}

	@Nullable Object id(Object entity) {
		return this.entityManagerFactory.getPersistenceUnitUtil().getIdentifier(entity);
	}

	/**
	 * Runs work in the application's second thread and waits for it; the databases time out lock
	 * waits, so it cannot wait forever on a row this thread has locked.
	 * @param work the work
	 * @return its result
	 */
	String inOtherThread(Supplier<String> work) {
		try {
			return this.otherThread.submit(work::get).get(30, TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("The other thread did not finish", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Deletes every row and restarts the sequences and the identity column, so that ids start over. */
	void reset() {
		List<String> statements = new ArrayList<>();
		Kind.TABLES.forEach((table) -> statements.add("delete from " + table));
		Kind.SEQUENCES.forEach((sequence) -> statements.add("alter sequence " + sequence + " restart with 1"));
		statements.add("alter table note alter column id restart with 1");
		// one round trip: both databases run a list of statements
		this.jdbc.execute(String.join("; ", statements));
	}

	/** @return the rows of every table, in order, as plain values */
	Map<String, List<String>> tables() {
		Map<String, List<String>> tables = new LinkedHashMap<>();
		for (String table : Kind.TABLES) {
			String order = table.equals("course_students") ? "1, 2" : "id";
			tables.put(table, this.jdbc.query("select * from " + table + " order by " + order, (rows, number) -> {
				int columns = rows.getMetaData().getColumnCount();
				StringBuilder row = new StringBuilder("(");
				for (int column = 1; column <= columns; column++) {
					row.append((column > 1) ? ", " : "")
						.append(rows.getMetaData().getColumnLabel(column).toLowerCase(Locale.ROOT))
						.append('=')
						.append(rows.getObject(column));
				}
				return row.append(')').toString();
			}));
		}
		return tables;
	}

	@Override
	public void close() {
		this.otherThread.shutdownNow();
		this.context.close();
	}

	/** Which application runs. */
	enum Variant {

		PLAIN("without the starter"),

		RECEIVERS("with the starter and a no-op receiver on every model signal of every entity"),

		NO_RECEIVER("with the starter and no receiver");

		final String description;

		Variant(String description) {
			this.description = description;
		}

	}

}
