package dev.signals.spring.db.app;

import javax.sql.DataSource;

import dev.signals.spring.db.ConnectionSignals;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The database signals guide's pool other than HikariCP, Tomcat's: it opens its physical connections through the
 * data source {@link ConnectionSignals#wrap} returns, so they send {@code connection_created}.
 */
@Configuration(proxyBeanMethods = false)
public class TomcatPool {

	@Bean(destroyMethod = "close")
	DataSource dataSource(DataSourceProperties properties, ConnectionSignals signals) {
		org.apache.tomcat.jdbc.pool.DataSource pool = new org.apache.tomcat.jdbc.pool.DataSource();
		DataSource connections = properties.initializeDataSourceBuilder().type(SimpleDriverDataSource.class).build();
		pool.setDataSource(signals.wrap(connections, "dataSource"));
		pool.setInitialSize(2);
		return pool;
	}

}
