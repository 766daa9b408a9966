package dev.signals.spring.slices;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.signals.spring.Receiver;
import dev.signals.spring.jpa.ModelSignals;

/** Receiver methods for parcels, not a component: a test imports them. */
class ParcelReceivers {

	private final List<String> heard = new CopyOnWriteArrayList<>();

	@Receiver(signal = ModelSignals.PRE_SAVE, sender = Parcel.class)
	void saving(Parcel instance) {
		this.heard.add("pre_save " + instance.getLabel());
	}

	@Receiver(signal = ModelSignals.POST_SAVE, sender = Parcel.class)
	void saved(Parcel instance, boolean created) {
		this.heard.add("post_save " + instance.getLabel() + (created ? " created" : " updated"));
	}

	List<String> heard() {
		return List.copyOf(this.heard);
	}

}
