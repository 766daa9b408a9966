package dev.signals.spring.durable;

import org.springframework.boot.test.context.SpringBootTest;

/** Durable receivers on H2, whose table is created because the database is embedded. */
@SpringBootTest(classes = DurableApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.jpa.hibernate.ddl-auto=create-drop", "signals.durable.retry.initial-delay=20ms",
				"signals.durable.retry.max-attempts=3", "signals.durable.resubmit.interval=100ms",
				"signals.durable.resubmit.min-age=500ms" })
class H2DurableTests extends AbstractDurableTests {

}
