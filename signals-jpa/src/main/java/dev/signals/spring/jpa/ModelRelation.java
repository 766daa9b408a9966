package dev.signals.spring.jpa;

import java.util.Objects;

/**
 * A many-to-many relation, the {@code relation} argument of {@code m2m_changed}: the entity class
 * that owns it (the side without {@code mappedBy}, where the attribute is declared) and the
 * attribute's name. It stands for Django's through model, so it is the same for every change of
 * the relation, whichever entity subclass the owner is. Its {@code toString()} is
 * {@code Car.defaultParts}.
 * @param owner the entity class that declares the owning attribute
 * @param attribute the attribute's name ({@code address.tags} for one in an embeddable)
 */
public record ModelRelation(Class<?> owner, String attribute) {

	/**
	 * Creates a relation.
	 * @param owner the entity class that declares the owning attribute
	 * @param attribute the attribute's name
	 */
	public ModelRelation {
		Objects.requireNonNull(owner, "owner");
		if (attribute.isEmpty()) {
			throw new IllegalArgumentException("The attribute of a relation of " + owner.getName() + " is empty");
		}
	}

	@Override
	public String toString() {
		return this.owner.getSimpleName() + "." + this.attribute;
	}

}
