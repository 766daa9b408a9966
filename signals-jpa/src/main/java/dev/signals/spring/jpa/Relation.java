package dev.signals.spring.jpa;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Narrows a {@link dev.signals.spring.Receiver @Receiver} method of {@code m2m_changed} to the changes
 * of one relation of its sender classes, as a Django receiver connected for one through model:
 *
 * <pre>{@code
 * @Receiver(signal = M2M_CHANGED, sender = Car.class)
 * @Relation("defaultParts")
 * void onDefaultPartsChanged(Car instance, String action, Set<Object> pkSet) { ... }
 * }</pre>
 *
 * The name is an owning {@code @ManyToMany} attribute (the side without {@code mappedBy}) of a
 * sender class, declared there or inherited from an entity superclass; with
 * {@code includeSubclasses} also of a subclass. It is looked up in the JPA metamodel at startup: a
 * name no sender class has, {@code @Relation} on a receiver of another signal, or without
 * {@code sender}, fails the start with a {@link dev.signals.spring.ReceiverDeclarationException}.
 * The method is called, stored or scheduled only for the changes whose {@code relation} is that
 * one.
 */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Relation {

	/**
	 * The attribute's name, such as {@code "defaultParts"} for {@code Car.defaultParts}.
	 * @return the name of the owning attribute
	 */
	String value();

}
