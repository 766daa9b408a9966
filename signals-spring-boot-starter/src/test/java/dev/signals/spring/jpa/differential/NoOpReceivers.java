package dev.signals.spring.jpa.differential;

import dev.signals.Receiver;
import dev.signals.SignalEvent;
import dev.signals.Signals;

/** A receiver that does nothing, connected to every model signal of every entity of the model. */
class NoOpReceivers {

	@Receiver(signal = { Signals.POST_INIT, Signals.PRE_SAVE, Signals.POST_SAVE, Signals.PRE_DELETE,
			Signals.POST_DELETE, Signals.M2M_CHANGED }, sender = { Person.class, Account.class, Author.class,
					Book.class, Course.class, Student.class, Gauge.class, Note.class })
	void receive(SignalEvent event) {
		// listening is the point: the application must behave as without a receiver
	}

}
