package dev.signals.spring.phases;

import jakarta.persistence.PreUpdate;

import dev.signals.Signal;

import org.springframework.beans.factory.annotation.Qualifier;

/**
 * A JPA entity listener (a Spring bean, through Hibernate's bean container) that sends
 * {@code note_written} from inside Hibernate's flush, as a model-signal bridge does.
 */
public class NoteListener {

	private final Signal noteWritten;

	public NoteListener(@Qualifier("noteWritten") Signal noteWritten) {
		this.noteWritten = noteWritten;
	}

	@PreUpdate
	void renamed(Note note) {
		this.noteWritten.send(PhaseReceivers.Renamed.class, this.noteWritten.arguments("note", note));
	}

}
