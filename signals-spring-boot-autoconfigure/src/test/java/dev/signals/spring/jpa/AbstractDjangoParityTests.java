package dev.signals.spring.jpa;

import java.util.List;
import java.util.Set;

import dev.signals.spring.jpa.app.Car;
import dev.signals.spring.jpa.app.Parent;
import dev.signals.spring.jpa.app.Part;
import dev.signals.spring.jpa.app.Post;
import dev.signals.spring.jpa.app.Recorder.Recorded;
import dev.signals.spring.jpa.app.Repositories;
import dev.signals.spring.jpa.app.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

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
