package dev.signals.spring.jpa;

import org.springframework.test.context.TestPropertySource;

/** The model-signal edge cases on H2. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:model-signals;DB_CLOSE_DELAY=-1")
class H2ModelSignalEdgeCaseTests extends AbstractModelSignalEdgeCaseTests {

}
