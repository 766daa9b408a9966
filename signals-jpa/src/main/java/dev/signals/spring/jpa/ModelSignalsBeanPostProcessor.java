package dev.signals.spring.jpa;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManagerFactory;

import dev.signals.SignalRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.DestructionAwareBeanPostProcessor;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;
import org.springframework.orm.jpa.JpaDialect;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;

/**
 * Attaches a {@link ModelSignalBridge} to every Hibernate {@link EntityManagerFactory} of the
 * context once it is initialized, sending to this context's {@link SignalRegistry}, and detaches
 * it before the factory is closed.
 */
public final class ModelSignalsBeanPostProcessor implements DestructionAwareBeanPostProcessor {

	private static final Log logger = LogFactory.getLog(ModelSignalsBeanPostProcessor.class);

	private static final String DEFAULT_UNIT = "default";

	private final ObjectProvider<SignalRegistry> registry;

	private final ObjectProvider<JpaSignalsProperties> properties;

	private final Map<SessionFactoryImplementor, ModelSignalBridge> bridges = new ConcurrentHashMap<>();

	public ModelSignalsBeanPostProcessor(ObjectProvider<SignalRegistry> registry,
			ObjectProvider<JpaSignalsProperties> properties) {
		this.registry = registry;
		this.properties = properties;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof EntityManagerFactoryInfo info && info.getNativeEntityManagerFactory() != null) {
			JpaDialect dialect = info.getJpaDialect();
			attach(info.getNativeEntityManagerFactory(), info.getPersistenceUnitName(),
					(dialect != null) ? dialect : new HibernateJpaDialect());
		}
		else if (bean instanceof EntityManagerFactory emf && !(bean instanceof EntityManagerFactoryInfo)) {
			attach(emf, null, new HibernateJpaDialect());
		}
		return bean;
	}

	private void attach(EntityManagerFactory emf, @Nullable String unitName, PersistenceExceptionTranslator translator) {
		if (!emf.isOpen()) {
			return;
		}
		SessionFactoryImplementor sessionFactory = hibernate(emf);
		if (sessionFactory == null) {
			logger.info("Model signals are not sent by " + emf + ": its JPA provider is not Hibernate");
			return;
		}
		this.bridges.computeIfAbsent(sessionFactory, (factory) -> {
			JpaSignalsProperties settings = this.properties.getIfAvailable(JpaSignalsProperties::new);
			ModelSignalBridge bridge = new ModelSignalBridge(factory,
					new ModelSignalSet(this.registry.getObject(), unitName(emf, unitName)), settings.getMaxFlushRounds(),
					translator);
			bridge.attach();
			return bridge;
		});
	}

	private static String unitName(EntityManagerFactory emf, @Nullable String unitName) {
		if (unitName != null && !unitName.isBlank()) {
			return unitName;
		}
		String name = emf.getName();
		return (name != null && !name.isBlank()) ? name : DEFAULT_UNIT;
	}

	@Override
	public boolean requiresDestruction(Object bean) {
		return bean instanceof EntityManagerFactoryInfo || bean instanceof EntityManagerFactory;
	}

	@Override
	public void postProcessBeforeDestruction(Object bean, String beanName) {
		EntityManagerFactory emf = (bean instanceof EntityManagerFactoryInfo info)
				? info.getNativeEntityManagerFactory() : (EntityManagerFactory) bean;
		if (emf == null) {
			return;
		}
		// a factory of another JPA provider has no bridge, and must still be destroyed
		SessionFactoryImplementor open = emf.isOpen() ? hibernate(emf) : null;
		if (emf.isOpen() && open == null) {
			return;
		}
		this.bridges.entrySet().removeIf((entry) -> {
			boolean match = (open != null) ? entry.getKey() == open : entry.getKey().isClosed();
			if (match) {
				entry.getValue().detach();
			}
			return match;
		});
	}

	private static @Nullable SessionFactoryImplementor hibernate(EntityManagerFactory emf) {
		try {
			return emf.unwrap(SessionFactoryImplementor.class);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/** @return the bridges attached now, a live view */
	Collection<ModelSignalBridge> attachedBridges() {
		return this.bridges.values();
	}

	/** @return the bridges attached now, by session factory, for inspection */
	Map<SessionFactoryImplementor, ModelSignalBridge> bridges() {
		return Map.copyOf(this.bridges);
	}

}
