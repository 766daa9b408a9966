package dev.signals.spring.jpa.differential;

import dev.signals.SignalEvent;
import dev.signals.spring.Receiver;
import dev.signals.spring.jpa.ModelSignals;

/** A receiver that does nothing, connected to every model signal of every entity of the model. */
class NoOpReceivers {

	@Receiver(signal = { ModelSignals.POST_INIT, ModelSignals.PRE_SAVE, ModelSignals.POST_SAVE, ModelSignals.PRE_DELETE,
			ModelSignals.POST_DELETE, ModelSignals.M2M_CHANGED }, sender = { Person.class, Account.class, Author.class,
					Book.class, Course.class, Student.class, Gauge.class, Note.class })
	void receive(SignalEvent event) {
		// listening is the point: the application must behave as without a receiver
	}

}
