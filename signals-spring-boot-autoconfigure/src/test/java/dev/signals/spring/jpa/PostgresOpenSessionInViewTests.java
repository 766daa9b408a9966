package dev.signals.spring.jpa;

import org.springframework.context.annotation.Import;

/** Open session in view with receivers connected, on a real PostgreSQL. */
@Import(EmbeddedPostgresConfiguration.class)
class PostgresOpenSessionInViewTests extends AbstractOpenSessionInViewTests {

}
