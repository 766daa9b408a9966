package dev.signals.spring.db;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;
import com.zaxxer.hikari.util.PropertyElf;
import com.zaxxer.hikari.util.UtilityElf;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;

/**
 * Gives every {@link HikariDataSource} bean a source of physical connections that sends
 * {@code connection_created} ({@link ConnectionSignals#wrap}), before its pool starts: the data
 * source it was configured with, or the one HikariCP would make itself from its data source class
 * or JDBC URL. A pool already started, or looking its connections up in JNDI, is left alone, and
 * {@link ConnectionSignals} remembers it, so that receivers do not wait for it silently.
 */
public final class HikariConnectionSignals implements BeanPostProcessor, Ordered {

	private final ObjectProvider<ConnectionSignals> signals;

	public HikariConnectionSignals(ObjectProvider<ConnectionSignals> signals) {
		this.signals = signals;
	}

	/** Ahead of post-processors that wrap data sources, so that it sees the pool itself. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool) {
			attach(pool, beanName);
		}
		return bean;
	}

	private void attach(HikariDataSource pool, String beanName) {
		if (pool.getHikariPoolMXBean() != null || pool.isClosed()) {
			this.signals.getObject().leftAlone(beanName, "its pool was started before it was a bean");
			return;
		}
		DataSource connections = connections(pool);
		if (connections == null) {
			this.signals.getObject().leftAlone(beanName, "it looks its connections up in JNDI");
			return;
		}
		pool.setDataSource(this.signals.getObject().wrap(connections, beanName));
	}

	/** Where HikariCP would open its connections from, as its pool does when it starts. */
	private static @Nullable DataSource connections(HikariDataSource pool) {
		if (pool.getDataSource() != null) {
			return pool.getDataSource();
		}
		if (pool.getDataSourceClassName() != null) {
			DataSource dataSource = UtilityElf.createInstance(pool.getDataSourceClassName(), DataSource.class);
			PropertyElf.setTargetFromProperties(dataSource, pool.getDataSourceProperties());
			pool.setDataSourceClassName(null);
			return dataSource;
		}
		if (pool.getJdbcUrl() != null) {
			return new DriverDataSource(pool.getJdbcUrl(), pool.getDriverClassName(), pool.getDataSourceProperties(),
					pool.getUsername(), pool.getPassword());
		}
		return null;
	}

}
