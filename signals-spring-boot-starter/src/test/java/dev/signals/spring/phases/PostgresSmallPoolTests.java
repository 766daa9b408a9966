package dev.signals.spring.phases;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** A pool of two connections to a real PostgreSQL. */
@SpringBootTest(classes = PhasesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "spring.jpa.hibernate.ddl-auto=create-drop")
@Import({ SmallPoolReceivers.class, PostgresSmallPoolTests.TwoConnections.class })
class PostgresSmallPoolTests extends AbstractSmallPoolTests {

	@TestConfiguration(proxyBeanMethods = false)
	static class TwoConnections {

		@Bean(destroyMethod = "close")
		EmbeddedPostgres embeddedPostgres() throws IOException {
			return EmbeddedPostgres.start();
		}

		@Bean(destroyMethod = "close")
		HikariDataSource dataSource(EmbeddedPostgres postgres) {
			HikariDataSource pool = new HikariDataSource();
			pool.setDataSource(postgres.getPostgresDatabase());
			pool.setMaximumPoolSize(2);
			pool.setConnectionTimeout(3000);
			return pool;
		}

	}

}
