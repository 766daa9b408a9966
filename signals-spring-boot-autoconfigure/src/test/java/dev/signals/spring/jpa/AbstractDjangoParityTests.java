package dev.signals.spring.jpa;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.signals.Connect;
import dev.signals.Connection;
import dev.signals.SignalRegistry;
import dev.signals.spring.jpa.app.Car;
import dev.signals.spring.jpa.app.EveryCarsDefaultParts;
import dev.signals.spring.jpa.app.Parent;
import dev.signals.spring.jpa.app.Part;
import dev.signals.spring.jpa.app.Post;
import dev.signals.spring.jpa.app.Recorder.Recorded;
import dev.signals.spring.jpa.app.Repositories;
import dev.signals.spring.jpa.app.SportsCar;
import dev.signals.spring.jpa.app.Tag;
import dev.signals.spring.readme.DefaultPartsLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static dev.signals.spring.jpa.ModelSignals.M2M_CHANGED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Many-to-many and delete signals compared with Django's own tests (m2m_signals, delete), run
 * against each database by a subclass.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class AbstractDjangoParityTests extends ModelSignalsTestSupport {

	@Autowired
	Repositories.Cars cars;

	@Autowired
	Repositories.Parts parts;

	@Autowired
	DefaultPartsLog defaultPartsLog;

	@Autowired
	EveryCarsDefaultParts everyCarsDefaultParts;

	// which action

	@Test
	void removingTheLastElementIsARemoveNotAClear() {
		Tag red = inTransaction(() -> this.tags.save(new Tag("red")));
		Long id = inTransaction(() -> {
			Post post = new Post("post");
			post.getTags().add(red);
			return this.posts.save(post).getId();
		});
		this.recorder.clear();
		inTransaction(() -> this.posts.findById(id).orElseThrow().getTags().clear());
		assertThat(this.recorder.of(ModelSignals.M2M_CHANGED)).extracting((event) -> event.get("action"),
				(event) -> event.get("pkSet"))
			.containsExactly(tuple("pre_remove", Set.of(red.getId())), tuple("post_remove", Set.of(red.getId())));
	}

	@Test
	void emptyingACollectionOfSeveralElementsIsAClear() {
		Long id = inTransaction(() -> {
			Car car = new Car("vw");
			car.getDefaultParts().add(this.parts.save(new Part("wheelset")));
			car.getDefaultParts().add(this.parts.save(new Part("doors")));
			return this.cars.save(car).getId();
		});
		this.recorder.clear();
		inTransaction(() -> this.cars.findById(id).orElseThrow().getDefaultParts().clear());
		assertThat(this.recorder.of(ModelSignals.M2M_CHANGED)).extracting((event) -> event.get("action"),
				(event) -> event.get("pkSet"))
			.containsExactly(tuple("pre_clear", null), tuple("post_clear", null));
	}

	// which relation changed

	@Test
	void everyChangeNamesTheRelationItWasMadeTo() {
		List<Long> parts = inTransaction(() -> Stream.of("wheels", "doors", "seats", "radio", "sunroof", "towbar")
			.map((name) -> this.parts.save(new Part(name)).getId())
			.toList());
		Long id = inTransaction(() -> {
			Car car = new Car("vw");
			parts.subList(0, 3).forEach((part) -> car.getDefaultParts().add(this.parts.getReferenceById(part)));
			parts.subList(3, 6).forEach((part) -> car.getOptionalParts().add(this.parts.getReferenceById(part)));
			return this.cars.save(car).getId();
		});
		inTransaction(() -> {
			Car car = this.cars.findById(id).orElseThrow();
			car.getDefaultParts().removeIf((part) -> part.getId().equals(parts.get(0)));
			car.getOptionalParts().removeIf((part) -> part.getId().equals(parts.get(3)));
		});
		inTransaction(() -> {
			Car car = this.cars.findById(id).orElseThrow();
			car.getDefaultParts().clear();
			car.getOptionalParts().clear();
		});
		ModelRelation defaultParts = new ModelRelation(Car.class, "defaultParts");
		ModelRelation optionalParts = new ModelRelation(Car.class, "optionalParts");
		assertThat(this.recorder.of(ModelSignals.M2M_CHANGED)).extracting((event) -> event.get("relation"),
				(event) -> event.get("action"), (event) -> event.get("pkSet"))
			.containsExactlyInAnyOrder(tuple(defaultParts, "pre_add", Set.copyOf(parts.subList(0, 3))),
					tuple(defaultParts, "post_add", Set.copyOf(parts.subList(0, 3))),
					tuple(optionalParts, "pre_add", Set.copyOf(parts.subList(3, 6))),
					tuple(optionalParts, "post_add", Set.copyOf(parts.subList(3, 6))),
					tuple(defaultParts, "pre_remove", Set.of(parts.get(0))),
					tuple(defaultParts, "post_remove", Set.of(parts.get(0))),
					tuple(optionalParts, "pre_remove", Set.of(parts.get(3))),
					tuple(optionalParts, "post_remove", Set.of(parts.get(3))), tuple(defaultParts, "pre_clear", null),
					tuple(defaultParts, "post_clear", null), tuple(optionalParts, "pre_clear", null),
					tuple(optionalParts, "post_clear", null));
		assertThat(defaultParts).hasToString("Car.defaultParts");
	}

	@Test
	void changeMadeOnBothSidesNamesTheOwningRelationOnce() {
		Long carId = inTransaction(() -> this.cars.save(new Car("bmw")).getId());
		Long partId = inTransaction(() -> this.parts.save(new Part("radio")).getId());
		this.recorder.clear();
		inTransaction(() -> {
			Car car = this.cars.findById(carId).orElseThrow();
			Part part = this.parts.findById(partId).orElseThrow();
			part.getCars().add(car);
			car.getDefaultParts().add(part);
		});
		ModelRelation defaultParts = new ModelRelation(Car.class, "defaultParts");
		assertThat(this.recorder.of(ModelSignals.M2M_CHANGED)).extracting((event) -> event.sender(),
				(event) -> event.get("relation"), (event) -> event.get("action"), (event) -> event.get("reverse"))
			.containsExactly(tuple(Car.class, defaultParts, "pre_add", false),
					tuple(Car.class, defaultParts, "post_add", false));
	}

	@Test
	void changeToAnInheritedRelationNamesTheClassThatDeclaresIt() {
		Long partId = inTransaction(() -> this.parts.save(new Part("spoiler")).getId());
		this.recorder.clear();
		this.defaultPartsLog.clear();
		this.everyCarsDefaultParts.clear();
		inTransaction(() -> {
			SportsCar car = new SportsCar("gt");
			car.getDefaultParts().add(this.parts.getReferenceById(partId));
			car.getOptionalParts().add(this.parts.getReferenceById(partId));
			this.cars.save(car);
		});
		assertThat(this.recorder.of(ModelSignals.M2M_CHANGED)).extracting((event) -> event.sender(),
				(event) -> event.get("relation"), (event) -> event.get("action"))
			.containsExactlyInAnyOrder(tuple(SportsCar.class, new ModelRelation(Car.class, "defaultParts"), "pre_add"),
					tuple(SportsCar.class, new ModelRelation(Car.class, "defaultParts"), "post_add"),
					tuple(SportsCar.class, new ModelRelation(Car.class, "optionalParts"), "pre_add"),
					tuple(SportsCar.class, new ModelRelation(Car.class, "optionalParts"), "post_add"));
		assertThat(this.everyCarsDefaultParts.changes()).containsExactly("SportsCar pre_add", "SportsCar post_add");
		assertThat(this.defaultPartsLog.changes()).as("sender = Car.class without includeSubclasses").isEmpty();
	}

	@Test
	void receiverOfOneRelationHearsOnlyTheChangesOfThatRelation() {
		Map<String, Long> parts = inTransaction(() -> Stream.of("wheels", "doors", "seats", "radio", "sunroof", "towbar")
			.collect(Collectors.toMap((name) -> name, (name) -> this.parts.save(new Part(name)).getId())));
		this.defaultPartsLog.clear();
		Long id = inTransaction(() -> {
			Car car = new Car("vw");
			car.getDefaultParts().add(this.parts.getReferenceById(parts.get("wheels")));
			car.getOptionalParts().add(this.parts.getReferenceById(parts.get("radio")));
			return this.cars.save(car).getId();
		});
		changeParts(id, (car) -> {
			car.getDefaultParts().add(this.parts.getReferenceById(parts.get("doors")));
			car.getOptionalParts().add(this.parts.getReferenceById(parts.get("sunroof")));
		});
		changeParts(id, (car) -> {
			car.getDefaultParts().add(this.parts.getReferenceById(parts.get("seats")));
			car.getOptionalParts().add(this.parts.getReferenceById(parts.get("towbar")));
		});
		changeParts(id, (car) -> {
			car.getDefaultParts().removeIf((part) -> part.getName().equals("wheels"));
			car.getOptionalParts().removeIf((part) -> part.getName().equals("radio"));
		});
		changeParts(id, (car) -> {
			car.getDefaultParts().clear();
			car.getOptionalParts().clear();
		});
		assertThat(this.defaultPartsLog.changes()).containsExactly("vw pre_add [" + parts.get("wheels") + "]",
				"vw post_add [" + parts.get("wheels") + "]", "vw pre_add [" + parts.get("doors") + "]",
				"vw post_add [" + parts.get("doors") + "]", "vw pre_add [" + parts.get("seats") + "]",
				"vw post_add [" + parts.get("seats") + "]", "vw pre_remove [" + parts.get("wheels") + "]",
				"vw post_remove [" + parts.get("wheels") + "]", "vw pre_clear null", "vw post_clear null");
		assertThat(this.recorder.of(ModelSignals.M2M_CHANGED))
			.filteredOn((event) -> new ModelRelation(Car.class, "optionalParts").equals(event.get("relation")))
			.hasSize(10);
	}

	@Test
	void receiverConnectedInCodeCanTellTheRelationsApartByItsArgument() {
		Long wheels = inTransaction(() -> this.parts.save(new Part("wheels")).getId());
		Long radio = inTransaction(() -> this.parts.save(new Part("radio")).getId());
		List<String> changes = new CopyOnWriteArrayList<>();
		SignalRegistry registry = this.registry;
		ModelRelation defaultParts = new ModelRelation(Car.class, "defaultParts");
		Connection connection = registry.get(M2M_CHANGED).connect((event) -> {
			if (defaultParts.equals(event.get("relation"))) {
				changes.add(event.get("action") + " " + event.get("pkSet"));
			}
			return null;
		}, Connect.sender(Car.class));
		keep(connection);
		inTransaction(() -> {
			Car car = new Car("vw");
			car.getDefaultParts().add(this.parts.getReferenceById(wheels));
			car.getOptionalParts().add(this.parts.getReferenceById(radio));
			this.cars.save(car);
		});
		assertThat(changes).containsExactly("pre_add [" + wheels + "]", "post_add [" + wheels + "]");
	}

	private void changeParts(Long carId, Consumer<Car> change) {
		inTransaction(() -> change.accept(this.cars.findById(carId).orElseThrow()));
	}

	// a change on the inverse side only

	@Test
	void changeMadeOnlyOnTheInverseSideIsReportedOncePerRelation(CapturedOutput output) {
		Long carId = inTransaction(() -> this.cars.save(new Car("bmw")).getId());
		Long both = inTransaction(() -> this.parts.save(new Part("radio")).getId());
		inTransaction(() -> {
			Car car = this.cars.findById(carId).orElseThrow();
			Part part = this.parts.findById(both).orElseThrow();
			part.getOptionalCars().add(car);
			car.getOptionalParts().add(part);
		});
		assertThat(output).doesNotContain("inverse side");
		Long inverseOnly = inTransaction(() -> this.parts.save(new Part("sunroof")).getId());
		for (int i = 0; i < 2; i++) {
			inTransaction(() -> this.parts.findById(inverseOnly).orElseThrow()
				.getOptionalCars()
				.add(this.cars.findById(carId).orElseThrow()));
		}
		String warning = "A change to Part.optionalCars was made only on the inverse side of a @ManyToMany "
				+ "(mappedBy = \"optionalParts\"): JPA writes the join table from the owning side alone, so the change "
				+ "is not written and no m2m_changed is sent. Change the owning side Car.optionalParts as well";
		assertThat(output.getOut().split(java.util.regex.Pattern.quote(warning), -1)).hasSize(2);
		assertThat(this.jdbc.queryForObject("select count(*) from car_optional_parts", Integer.class)).isOne();
	}

	// delete order

	@Test
	void deletingSeveralParentsSendsPreDeleteForEveryObjectGroupedByModelDependantsFirstThenPostDelete() {
		Long first = saveParent("mother", "ann", "bob");
		Long second = saveParent("father", "cid");
		inTransaction(() -> {
			this.parents.findById(first).orElseThrow().addToy("teddy");
			this.parents.findById(second).orElseThrow().addToy("kite");
		});
		this.recorder.clear();
		inTransaction(() -> {
			this.parents.deleteById(first);
			this.parents.deleteById(second);
		});
		List<String> expected = List.of("ann", "bob", "cid", "teddy", "kite", "mother", "father");
		List<Recorded> deletes = this.recorder.of(ModelSignals.PRE_DELETE, ModelSignals.POST_DELETE);
		assertThat(deletes).extracting(Recorded::signal).containsExactly("pre_delete", "pre_delete", "pre_delete",
				"pre_delete", "pre_delete", "pre_delete", "pre_delete", "post_delete", "post_delete", "post_delete",
				"post_delete", "post_delete", "post_delete", "post_delete");
		assertThat(deletes.subList(0, 7)).extracting((event) -> name(event.instance())).containsExactlyElementsOf(expected);
		assertThat(deletes.subList(7, 14)).extracting((event) -> name(event.instance()))
			.containsExactlyElementsOf(expected);
		assertThat(deletes).filteredOn((event) -> event.instance() instanceof Parent)
			.allSatisfy((event) -> assertThat(event.get("origin")).isSameAs(event.instance()));
	}

}
