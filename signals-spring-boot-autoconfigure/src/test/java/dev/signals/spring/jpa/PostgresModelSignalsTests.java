package dev.signals.spring.jpa;

import org.springframework.context.annotation.Import;

/** The model-signal behaviour on a real PostgreSQL. */
@Import(EmbeddedPostgresConfiguration.class)
class PostgresModelSignalsTests extends AbstractModelSignalsTests {

}
