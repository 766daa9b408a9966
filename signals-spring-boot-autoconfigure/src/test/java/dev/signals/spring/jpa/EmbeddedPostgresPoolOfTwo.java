package dev.signals.spring.jpa;

import java.io.IOException;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A real PostgreSQL behind a pool of two connections that gives up on a connection after a
 * second, for tests of what runs out of connections.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresPoolOfTwo {

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres() throws IOException {
		return EmbeddedPostgres.start();
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource pool = new HikariDataSource();
		pool.setDataSource(postgres.getPostgresDatabase());
		pool.setMaximumPoolSize(2);
		pool.setConnectionTimeout(1000);
		return pool;
	}

}
