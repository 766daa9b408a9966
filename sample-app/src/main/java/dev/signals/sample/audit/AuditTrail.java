package dev.signals.sample.audit;

import java.util.Collection;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnitUtil;

import dev.signals.sample.catalog.Product;
import dev.signals.sample.order.Customer;
import dev.signals.sample.order.Order;
import dev.signals.sample.order.OrderLine;
import dev.signals.spring.Receiver;

import org.springframework.stereotype.Component;

import static dev.signals.spring.jpa.ModelSignals.M2M_CHANGED;
import static dev.signals.spring.jpa.ModelSignals.POST_DELETE;
import static dev.signals.spring.jpa.ModelSignals.POST_SAVE;
import static dev.signals.spring.jpa.ModelSignals.PRE_DELETE;
import static dev.signals.spring.jpa.ModelSignals.PRE_SAVE;

/**
 * Writes an audit entry for every model signal of the shop's entities. The receivers save through
 * a repository while Hibernate is writing the entities they audit; the entries are part of the same
 * transaction, so a rolled-back change leaves no audit entry either.
 */
@Component
class AuditTrail {

	private final AuditRecorder audit;

	private final PersistenceUnitUtil persistence;

	AuditTrail(AuditRecorder audit, EntityManagerFactory entityManagerFactory) {
		this.audit = audit;
		this.persistence = entityManagerFactory.getPersistenceUnitUtil();
	}

	/** Updates only: what changed, and what it was before (Django cannot tell you the latter). */
	@Receiver(signal = PRE_SAVE, sender = { Order.class, Customer.class, Product.class })
	void beforeSave(Class<?> sender, Object instance, Collection<String> updateFields,
			Map<String, Object> previousValues) {
		if (updateFields != null) {
			record(PRE_SAVE, sender, instance, "changing " + updateFields + ", previously " + previousValues);
		}
	}

	@Receiver(signal = POST_SAVE, sender = { Order.class, Customer.class, Product.class })
	void afterSave(Class<?> sender, Object instance, boolean created, Collection<String> updateFields) {
		record(POST_SAVE, sender, instance, created ? "created" : "updated " + updateFields);
	}

	@Receiver(signal = PRE_DELETE, sender = { Order.class, OrderLine.class, Product.class })
	void beforeDelete(Class<?> sender, Object instance, Object origin) {
		record(PRE_DELETE, sender, instance, "origin " + describe(origin));
	}

	@Receiver(signal = POST_DELETE, sender = { Order.class, OrderLine.class, Product.class })
	void afterDelete(Class<?> sender, Object instance, Object origin) {
		record(POST_DELETE, sender, instance, "origin " + describe(origin));
	}

	@Receiver(signal = M2M_CHANGED, sender = Product.class)
	void tagsChanged(Class<?> sender, Object instance, String action, Collection<?> pkSet, Class<?> model) {
		record(M2M_CHANGED, sender, instance, action + " " + model.getSimpleName() + " " + pkSet);
	}

	private void record(String signal, Class<?> sender, Object instance, String detail) {
		this.audit.record(signal, sender.getSimpleName(), this.persistence.getIdentifier(instance), detail);
	}

	private String describe(Object entity) {
		return (entity != null) ? entity.getClass().getSimpleName() + "#" + this.persistence.getIdentifier(entity)
				: "none";
	}

}
