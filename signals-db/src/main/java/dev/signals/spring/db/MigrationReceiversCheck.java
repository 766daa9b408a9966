package dev.signals.spring.db;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.signals.ReceiverInfo;
import dev.signals.spring.ReceiverMethodProcessor;
import liquibase.integration.spring.SpringLiquibase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.util.ClassUtils;

/**
 * Fails the start when {@code pre_migrate} or {@code post_migrate} has receivers that no migration
 * of this context will call: neither Flyway nor Liquibase is present, their migrations are turned
 * off, a Flyway was built without {@link FlywayMigrationSignals}, or a receiver is connected for a
 * sender other than the tools' classes. Runs once the receivers are connected.
 */
public final class MigrationReceiversCheck extends NeverSentCheck {

	private static final String FLYWAY = "org.flywaydb.core.Flyway";

	private static final String LIQUIBASE = "liquibase.integration.spring.SpringLiquibase";

	private static final String SIGNALS = "'pre_migrate' or 'post_migrate'";

	private final ConfigurableListableBeanFactory beanFactory;

	private final DatabaseSignalsProperties properties;

	public MigrationReceiversCheck(ConfigurableListableBeanFactory beanFactory, ObjectProvider<ReceiverMethodProcessor> processor,
			DatabaseSignalsProperties properties) {
		super(beanFactory, processor, DatabaseSignals.PRE_MIGRATE, DatabaseSignals.POST_MIGRATE);
		this.beanFactory = beanFactory;
		this.properties = properties;
	}

	@Override
	void check(List<ReceiverInfo> receivers) {
		ClassLoader classLoader = this.beanFactory.getBeanClassLoader();
		boolean flyway = ClassUtils.isPresent(FLYWAY, classLoader);
		boolean liquibase = ClassUtils.isPresent(LIQUIBASE, classLoader);
		if (!flyway && !liquibase) {
			fail(receivers, SIGNALS, "they are sent around Flyway and Liquibase migrations, and neither is on "
					+ "the class path. Add spring-boot-starter-flyway or spring-boot-starter-liquibase, or remove the receiver");
		}
		if (!this.properties.getMigrations().isEnabled()) {
			fail(receivers, SIGNALS, "signals.db.migrations.enabled=false turns them off. Remove that "
					+ "property, or the receiver");
		}
		List<String> unsignalled = new ArrayList<>();
		List<Class<?>> senders = new ArrayList<>();
		if (flyway) {
			Flyways.find(this.beanFactory, senders, unsignalled);
		}
		if (liquibase) {
			Liquibases.find(this.beanFactory, senders);
		}
		if (!unsignalled.isEmpty()) {
			fail(receivers, SIGNALS, "the Flyway beans " + unsignalled + " were built without the callback "
					+ "that sends them. Add the FlywayMigrationSignals bean to their callbacks(...), as Spring Boot does "
					+ "for the Flyway it configures");
		}
		if (senders.isEmpty()) {
			fail(receivers, SIGNALS, "the context has no " + ((flyway && liquibase) ? "Flyway or Liquibase"
					: flyway ? "Flyway" : "Liquibase") + " bean to migrate with (spring.flyway.enabled or "
					+ "spring.liquibase.enabled is false, or there is no DataSource). Enable a migration, or remove "
					+ "the receiver");
		}
		for (ReceiverInfo receiver : receivers) {
			if (!receiver.anySender() && !senders.contains(receiver.sender())) {
				fail(List.of(receiver), SIGNALS + " from sender " + receiver.sender(), "the migration "
						+ "signals of this application come from " + senders.stream().map(Class::getName).toList()
						+ ". Connect it for one of these, or for any sender");
			}
		}
	}

	/** Flyway's part, apart so that the check runs without Flyway on the class path. */
	private static final class Flyways {

		static void find(ListableBeanFactory beanFactory, List<Class<?>> senders, List<String> unsignalled) {
			for (String name : beanFactory.getBeanNamesForType(Flyway.class, true, false)) {
				Callback[] callbacks = beanFactory.getBean(name, Flyway.class).getConfiguration().getCallbacks();
				if (Arrays.stream(callbacks).anyMatch(FlywayMigrationSignals.class::isInstance)) {
					if (!senders.contains(Flyway.class)) {
						senders.add(Flyway.class);
					}
				}
				else {
					unsignalled.add(name);
				}
			}
		}

	}

	/** Liquibase's part, apart so that the check runs without Liquibase on the class path. */
	private static final class Liquibases {

		static void find(ListableBeanFactory beanFactory, List<Class<?>> senders) {
			if (beanFactory.getBeanNamesForType(SpringLiquibase.class, true, false).length > 0) {
				senders.add(SpringLiquibase.class);
			}
		}

	}

}
