package dev.signals.spring.durable.instances;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.signals.Signal;
import dev.signals.spring.Receiver;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * An application with one durable receiver of {@code job_queued} that records, across every
 * instance in this JVM, each delivery, which instance made it, and any delivery of a publication
 * that another one is still delivering.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = { "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
		"org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration" })
@Import(JobApplication.Worker.class)
public class JobApplication {

	/** Publications being delivered right now, by any instance. */
	static final Set<UUID> active = ConcurrentHashMap.newKeySet();

	/** Deliveries of a publication that another delivery of it had not finished. */
	static final AtomicInteger overlaps = new AtomicInteger();

	/** Deliveries per publication. */
	static final Map<UUID, AtomicInteger> deliveries = new ConcurrentHashMap<>();

	/** Deliveries per instance. */
	static final Map<String, AtomicInteger> byInstance = new ConcurrentHashMap<>();

	@Bean
	Signal jobQueued() {
		return Signal.of("job_queued", "job");
	}

	/** The durable receiver. */
	public static class Worker {

		private final String instance;

		Worker(@Value("${instance.name}") String instance) {
			this.instance = instance;
		}

		@Receiver(signal = "job_queued", durable = true)
		public void run(Integer job, UUID publicationId) {
			if (!active.add(publicationId)) {
				overlaps.incrementAndGet();
			}
			try {
				deliveries.computeIfAbsent(publicationId, (id) -> new AtomicInteger()).incrementAndGet();
				byInstance.computeIfAbsent(this.instance, (name) -> new AtomicInteger()).incrementAndGet();
				Thread.onSpinWait();
			}
			finally {
				active.remove(publicationId);
			}
		}

	}

}
