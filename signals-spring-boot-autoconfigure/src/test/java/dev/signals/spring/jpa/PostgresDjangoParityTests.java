package dev.signals.spring.jpa;

import org.springframework.context.annotation.Import;

/** Many-to-many and delete signals as Django sends them, on a real PostgreSQL. */
@Import(EmbeddedPostgresConfiguration.class)
class PostgresDjangoParityTests extends AbstractDjangoParityTests {

}
