package dev.signals.spring.phases;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** A pool of two connections to H2. */
@SpringBootTest(classes = PhasesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.datasource.hikari.maximum-pool-size=2", "spring.datasource.hikari.connection-timeout=3000" })
@Import(SmallPoolReceivers.class)
class H2SmallPoolTests extends AbstractSmallPoolTests {

}
