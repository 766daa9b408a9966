package dev.signals.spring.db;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.Customizer;
import liquibase.integration.spring.SpringLiquibase;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.StringUtils;

/**
 * Sends {@code pre_migrate} and {@code post_migrate} around the update every {@link SpringLiquibase}
 * bean runs when it is initialized, with {@code SpringLiquibase.class} as sender. It adds a
 * {@link Customizer} to the bean (the bean's own customizer still runs), which lists the changesets
 * to run ({@code pre_migrate}'s plan, read when a receiver listens) and records those that ran
 * ({@code post_migrate}'s plan) with a change listener; a customizer of the application that sets a
 * change listener of its own replaces that one, and {@code post_migrate}'s plan is then empty.
 */
public final class LiquibaseMigrationSignals implements BeanPostProcessor {

	private final ObjectProvider<MigrationSignals> signals;

	private final ObjectProvider<DataSourceNames> names;

	/** The update under way or done of each bean, until the bean is initialized; guarded by itself. */
	private final Map<SpringLiquibase, Run> runs = Collections.synchronizedMap(new IdentityHashMap<>());

	public LiquibaseMigrationSignals(ObjectProvider<MigrationSignals> signals, ObjectProvider<DataSourceNames> names) {
		this.signals = signals;
		this.names = names;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof SpringLiquibase liquibase) {
			@Nullable Customizer<Liquibase> own = liquibase.getCustomizer();
			liquibase.setCustomizer((update) -> start(liquibase, beanName, update, own));
		}
		return bean;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof SpringLiquibase liquibase) {
			Run run = this.runs.remove(liquibase);
			if (run != null) {
				this.signals.getObject().after(MigrationTool.LIQUIBASE, SpringLiquibase.class, run.using, run.applied);
			}
		}
		return bean;
	}

	private void start(SpringLiquibase bean, String beanName, Liquibase update, @Nullable Customizer<Liquibase> own) {
		String using = this.names.getObject().of(bean.getDataSource(), beanName);
		Run run = new Run(using);
		update.setChangeExecListener(run);
		if (own != null) {
			own.customize(update);
		}
		this.runs.put(bean, run);
		this.signals.getObject().before(MigrationTool.LIQUIBASE, SpringLiquibase.class, using, () -> unrun(bean, update));
	}

	private static List<Migration> unrun(SpringLiquibase bean, Liquibase update) {
		try {
			return update.listUnrunChangeSets(new Contexts(bean.getContexts()), new LabelExpression(bean.getLabelFilter()))
				.stream()
				.map((changeSet) -> migration(changeSet, Migration.State.PENDING))
				.toList();
		}
		catch (LiquibaseException ex) {
			throw new IllegalStateException("Could not list the changesets Liquibase is about to run for pre_migrate: "
					+ ex.getMessage(), ex);
		}
	}

	private static Migration migration(ChangeSet changeSet, Migration.State state) {
		String comments = changeSet.getComments();
		return new Migration(changeSet.getId(),
				StringUtils.hasText(comments) ? comments.trim() : changeSet.getDescription(), state);
	}

	/** One update: the data source's name and the changesets that ran, in order. */
	private static final class Run extends AbstractChangeExecListener {

		private final String using;

		private final List<Migration> applied = new ArrayList<>();

		Run(String using) {
			this.using = using;
		}

		@Override
		public void ran(ChangeSet changeSet, DatabaseChangeLog databaseChangeLog, Database database,
				ChangeSet.ExecType execType) {
			if (execType == ChangeSet.ExecType.EXECUTED || execType == ChangeSet.ExecType.RERAN) {
				this.applied.add(migration(changeSet, Migration.State.APPLIED));
			}
			else if (execType == ChangeSet.ExecType.MARK_RAN || execType == ChangeSet.ExecType.SKIPPED) {
				this.applied.add(migration(changeSet, Migration.State.SKIPPED));
			}
		}

	}

}
