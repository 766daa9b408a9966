package dev.signals.spring.jpa.app;

import dev.signals.Connect;
import dev.signals.Connection;
import dev.signals.SignalEvent;
import dev.signals.SignalRegistry;
import dev.signals.spring.jpa.ModelSignals;
import org.jspecify.annotations.Nullable;

/**
 * The blog post's receiver: when a {@link Customer} is created, set its special field and save it
 * again through its repository.
 */
public class SpecialFieldReceiver {

	private final Repositories.Customers customers;

	public SpecialFieldReceiver(Repositories.Customers customers) {
		this.customers = customers;
	}

	public @Nullable Object onPostSave(SignalEvent event) {
		if (Boolean.TRUE.equals(event.get("created"))) {
			Customer instance = (Customer) event.get("instance");
			try {
				instance.setSpecialField(instance.myFavouriteMethod());
			}
			catch (RuntimeException ex) {
				instance.setSpecialField("undefined");
			}
			this.customers.save(instance);
		}
		return null;
	}

	public Connection connect(SignalRegistry registry) {
		return registry.get(ModelSignals.POST_SAVE).connect(this::onPostSave, Connect.sender(Customer.class));
	}

}
