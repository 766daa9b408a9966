package dev.signals.spring.db;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * The bean name of a data source, the {@code using} argument of the database signals, looked up
 * among the singletons that exist already, so that nothing is created while a tool migrates.
 */
public final class DataSourceNames {

	private final ConfigurableListableBeanFactory beanFactory;

	public DataSourceNames(ConfigurableListableBeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	/**
	 * @param dataSource the data source a tool uses
	 * @param fallback the name when it is no bean (a tool's own URL, for example)
	 * @return the name of the bean that is this data source, else the fallback
	 */
	String of(@Nullable DataSource dataSource, String fallback) {
		if (dataSource != null) {
			for (String name : this.beanFactory.getBeanNamesForType(DataSource.class, false, false)) {
				if (this.beanFactory.containsSingleton(name) && this.beanFactory.getSingleton(name) == dataSource) {
					return name;
				}
			}
		}
		return fallback;
	}

}
