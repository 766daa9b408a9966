package dev.signals.spring.phases;

import dev.signals.Signal;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.transaction.annotation.Transactional;

/** Writes a note and sends {@code note_written} inside one transaction. */
class NoteService {

	private final NoteRepository notes;

	private final Signal noteWritten;

	private final Recorder recorder;

	NoteService(NoteRepository notes, @Qualifier("noteWritten") Signal noteWritten, Recorder recorder) {
		this.notes = notes;
		this.noteWritten = noteWritten;
		this.recorder = recorder;
	}

	@Transactional
	public Note write(String text, Class<?> sender) {
		Note note = this.notes.save(new Note(text));
		this.noteWritten.send(sender, this.noteWritten.arguments("note", note));
		this.recorder.add("send returned, handed over " + PhasesApplication.handedOver.get());
		return note;
	}

	/** Changes the text; Hibernate flushes the change, and {@link NoteListener} sends, while committing. */
	@Transactional
	public void rename(Long id, String text) {
		this.notes.findById(id).orElseThrow().setText(text);
	}

	@Transactional
	public void writeThenFail(String text, Class<?> sender) {
		write(text, sender);
		throw new IllegalStateException("rollback wanted");
	}

}
