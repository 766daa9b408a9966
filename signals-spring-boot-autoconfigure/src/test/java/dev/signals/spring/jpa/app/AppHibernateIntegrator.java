package dev.signals.spring.jpa.app;

import java.util.concurrent.atomic.AtomicInteger;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;

/** The application's own Hibernate integrator: counts inserts with a listener of its own. */
public class AppHibernateIntegrator implements Integrator {

	private final AtomicInteger inserts = new AtomicInteger();

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
		sessionFactory.getServiceRegistry()
			.requireService(EventListenerRegistry.class)
			.appendListeners(EventType.POST_INSERT, new Counter());
	}

	public int inserts() {
		return this.inserts.get();
	}

	private final class Counter implements PostInsertEventListener {

		@Override
		public void onPostInsert(PostInsertEvent event) {
			AppHibernateIntegrator.this.inserts.incrementAndGet();
		}

		@Override
		public boolean requiresPostCommitHandling(EntityPersister persister) {
			return false;
		}

	}

}
