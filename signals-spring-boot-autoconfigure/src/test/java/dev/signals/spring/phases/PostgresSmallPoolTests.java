package dev.signals.spring.phases;

import dev.signals.spring.jpa.EmbeddedPostgresPoolOfTwo;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** A pool of two connections to a real PostgreSQL. */
@SpringBootTest(classes = PhasesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "spring.jpa.hibernate.ddl-auto=create-drop")
@Import({ SmallPoolReceivers.class, EmbeddedPostgresPoolOfTwo.class })
class PostgresSmallPoolTests extends AbstractSmallPoolTests {

}
