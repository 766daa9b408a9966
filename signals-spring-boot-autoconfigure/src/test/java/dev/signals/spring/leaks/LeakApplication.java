package dev.signals.spring.leaks;

import java.util.concurrent.atomic.AtomicInteger;

import dev.signals.spring.Receiver;
import dev.signals.spring.jpa.ModelSignals;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** A small Boot application: JPA on an in-memory H2 database, the starter and one receiver bean. */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(LeakApplication.ThingReceiver.class)
class LeakApplication {

	/** Counts the saves of things. */
	static class ThingReceiver {

		final AtomicInteger saved = new AtomicInteger();

		@Receiver(signal = ModelSignals.POST_SAVE, sender = Thing.class)
		void onSaved(Thing instance) {
			this.saved.incrementAndGet();
		}

	}

}
