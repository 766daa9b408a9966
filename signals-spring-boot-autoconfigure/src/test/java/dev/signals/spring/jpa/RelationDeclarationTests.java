package dev.signals.spring.jpa;

import dev.signals.spring.Phase;
import dev.signals.spring.Receiver;
import dev.signals.spring.ReceiverDeclarationException;
import dev.signals.spring.jpa.app.Car;
import dev.signals.spring.jpa.app.Part;
import dev.signals.spring.jpa.app.SportsCar;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Relation @Relation} is resolved against the JPA metamodel at startup: a relation the
 * sender has starts, every mistake stops the start naming the method, the problem and the fix.
 */
class RelationDeclarationTests {

	private final ApplicationContextRunner runner = TestApplicationRunner.withEntities();

	@Test
	void relationsOfTheSenderDeclaredThereOrInheritedStart() {
		this.runner.withUserConfiguration(KnownRelations.class).run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void unknownRelationNameFailsListingTheRelationsOfTheSender() {
		assertFails(UnknownRelation.class, "Invalid @Receiver UnknownRelation#onChanged: @Relation(\"seats\") is no "
				+ "many-to-many relation of Car; Car has defaultParts, optionalParts: name one of them (the attribute "
				+ "of the owning side, without mappedBy)");
	}

	@Test
	void inverseSideFailsNamingTheOwningSideToReceiveFrom() {
		assertFails(InverseSide.class, "Invalid @Receiver InverseSide#onChanged: @Relation(\"cars\") is the inverse "
				+ "side of Car.defaultParts (mappedBy = \"defaultParts\"), which sends no m2m_changed: JPA writes the "
				+ "join table from the owning side alone; receive from sender = Car.class with "
				+ "@Relation(\"defaultParts\")");
	}

	@Test
	void relationOnAReceiverOfAnotherSignalFails() {
		assertFails(OnPostSave.class, "Invalid @Receiver OnPostSave#onSaved: @Relation(\"defaultParts\") narrows "
				+ "m2m_changed to one relation, but the method receives 'post_save'; use @Relation on a receiver of "
				+ "m2m_changed only (receive 'post_save' in a method of its own), or remove it");
	}

	@Test
	void relationWithoutSenderFailsNamingTheClassThatOwnsIt() {
		assertFails(WithoutSender.class, "Invalid @Receiver WithoutSender#onChanged: @Relation(\"optionalParts\") "
				+ "needs the class that owns the relation, but @Receiver names no sender; add sender = Car.class");
	}

	@Test
	void relationOnAMethodThatIsNoReceiverFails() {
		assertFails(WithoutReceiver.class, "Invalid @Receiver WithoutReceiver#onChanged: it is annotated @Relation, "
				+ "which narrows the sends a @Receiver method receives, but it is not a @Receiver method; add "
				+ "@Receiver(signal = ...) or remove @Relation");
	}

	private void assertFails(Class<?> receiver, String message) {
		this.runner.withUserConfiguration(receiver)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(ReceiverDeclarationException.class)
				.hasMessage(message));
	}

	static class KnownRelations {

		@Receiver(signal = ModelSignals.M2M_CHANGED, sender = Car.class)
		@Relation("defaultParts")
		void onDefaultParts() {
		}

		@Receiver(signal = ModelSignals.M2M_CHANGED, sender = SportsCar.class)
		@Relation("optionalParts")
		void onInheritedOptionalParts(ModelRelation relation) {
		}

		@Receiver(signal = ModelSignals.M2M_CHANGED, sender = Car.class, includeSubclasses = true, 
				phase = Phase.AFTER_COMMIT)
		@Relation("optionalParts")
		void onOptionalPartsOfEveryCar() {
		}

	}

	static class UnknownRelation {

		@Receiver(signal = ModelSignals.M2M_CHANGED, sender = Car.class)
		@Relation("seats")
		void onChanged() {
		}

	}

	static class InverseSide {

		@Receiver(signal = ModelSignals.M2M_CHANGED, sender = Part.class)
		@Relation("cars")
		void onChanged() {
		}

	}

	static class OnPostSave {

		@Receiver(signal = ModelSignals.POST_SAVE, sender = Car.class)
		@Relation("defaultParts")
		void onSaved() {
		}

	}

	static class WithoutSender {

		@Receiver(signal = ModelSignals.M2M_CHANGED)
		@Relation("optionalParts")
		void onChanged() {
		}

	}

	static class WithoutReceiver {

		@Relation("defaultParts")
		void onChanged() {
		}

	}

}
