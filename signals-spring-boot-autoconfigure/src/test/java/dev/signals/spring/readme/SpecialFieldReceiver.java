package dev.signals.spring.readme;

import dev.signals.spring.Receiver;

import org.springframework.stereotype.Component;

import static dev.signals.spring.jpa.ModelSignals.POST_SAVE;

/** The README's first receiver, as it is printed there (imports included). */
@Component
class SpecialFieldReceiver {

	private final SomeModelRepository repository;

	SpecialFieldReceiver(SomeModelRepository repository) {
		this.repository = repository;
	}

	@Receiver(signal = POST_SAVE, sender = SomeModel.class)
	void myHandler(SomeModel instance, boolean created) {
		if (created) {
			try {
				instance.setSpecialField(instance.myFavouriteMethod());
			}
			catch (RuntimeException ex) {
				instance.setSpecialField("undefined");
			}
			this.repository.save(instance);
		}
	}

}
