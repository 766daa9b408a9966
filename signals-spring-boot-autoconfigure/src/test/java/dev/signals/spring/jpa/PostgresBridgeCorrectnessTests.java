package dev.signals.spring.jpa;

import org.springframework.context.annotation.Import;

/** The bridge's correctness under failures and long sessions on a real PostgreSQL. */
@Import(EmbeddedPostgresConfiguration.class)
class PostgresBridgeCorrectnessTests extends AbstractBridgeCorrectnessTests {

}
