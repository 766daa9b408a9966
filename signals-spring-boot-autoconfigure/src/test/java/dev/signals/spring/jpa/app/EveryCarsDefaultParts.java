package dev.signals.spring.jpa.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.signals.spring.Receiver;
import dev.signals.spring.jpa.ModelSignals;
import dev.signals.spring.jpa.Relation;

/** Hears {@code Car.defaultParts} of cars and of their subclasses, as {@code Sender action}. */
public class EveryCarsDefaultParts {

	private final List<String> changes = new CopyOnWriteArrayList<>();

	@Receiver(signal = ModelSignals.M2M_CHANGED, sender = Car.class, includeSubclasses = true)
	@Relation("defaultParts")
	void onChanged(Class<?> sender, String action) {
		this.changes.add(sender.getSimpleName() + " " + action);
	}

	public List<String> changes() {
		return List.copyOf(this.changes);
	}

	public void clear() {
		this.changes.clear();
	}

}
