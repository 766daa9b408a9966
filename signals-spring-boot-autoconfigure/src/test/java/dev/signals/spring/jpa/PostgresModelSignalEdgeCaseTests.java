package dev.signals.spring.jpa;

import org.springframework.context.annotation.Import;

/** The model-signal edge cases on a real PostgreSQL. */
@Import(EmbeddedPostgresConfiguration.class)
class PostgresModelSignalEdgeCaseTests extends AbstractModelSignalEdgeCaseTests {

}
