package dev.signals.spring.durable;

import dev.signals.spring.jpa.EmbeddedPostgresConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Durable receivers on PostgreSQL, whose table is created because the application asks. */
@SpringBootTest(classes = DurableApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.jpa.hibernate.ddl-auto=create-drop", "signals.durable.initialize-schema=always",
				"signals.durable.workers=2", "signals.durable.retry.initial-delay=20ms",
				"signals.durable.retry.max-attempts=3", "signals.durable.resubmit.interval=100ms",
				"signals.durable.resubmit.min-age=500ms" })
@Import(EmbeddedPostgresConfiguration.class)
class PostgresDurableTests extends AbstractDurableTests {

}
