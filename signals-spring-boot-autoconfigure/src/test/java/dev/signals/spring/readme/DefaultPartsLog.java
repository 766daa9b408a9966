package dev.signals.spring.readme;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.signals.spring.Receiver;
import dev.signals.spring.jpa.Relation;
import dev.signals.spring.jpa.app.Car;
import org.jspecify.annotations.Nullable;

import static dev.signals.spring.jpa.ModelSignals.M2M_CHANGED;

/** The many-to-many guide's receiver of one relation: the changes of {@code Car.defaultParts}, not of {@code Car.optionalParts}. */
public class DefaultPartsLog {

	private final List<String> changes = new CopyOnWriteArrayList<>();

	@Receiver(signal = M2M_CHANGED, sender = Car.class)
	@Relation("defaultParts")
	void onDefaultPartsChanged(Car instance, String action, @Nullable Set<Object> pkSet) {
		this.changes.add(instance.getName() + " " + action + " " + pkSet);
	}

	/** @return what it heard, as {@code name action pkSet} */
	public List<String> changes() {
		return List.copyOf(this.changes);
	}

	public void clear() {
		this.changes.clear();
	}

}
