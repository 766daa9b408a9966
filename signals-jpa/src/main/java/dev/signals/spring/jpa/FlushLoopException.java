package dev.signals.spring.jpa;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when model-signal receivers keep changing entities on every flush they cause, so that
 * flushing would never end. The transaction is then rolled back.
 */
public class FlushLoopException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	FlushLoopException(String unit, int rounds, String lastEvents, @Nullable String changes) {
		super("Model signals of persistence unit '" + unit + "' did not settle after " + rounds
				+ " flush rounds: after the last round sent " + lastEvents + ", its receivers changed " + changes
				+ " again, and every change is flushed and sent again. Make the receiver stop, for example only "
				+ "act when 'created' is true or when the value differs, or raise signals.jpa.max-flush-rounds if "
				+ "the chain is legitimately longer");
	}

	FlushLoopException(String unit, int rounds, String lastEvents) {
		super("Model signals of persistence unit '" + unit + "' did not settle after " + rounds
				+ " flush rounds: the receivers change or save entities every time they are called (last round sent "
				+ lastEvents + "). Make the receiver stop, for example only act when 'created' is true, or raise "
				+ "signals.jpa.max-flush-rounds if the chain is legitimately longer");
	}

	FlushLoopException(String unit, ModelEvent event, int depth) {
		super("Model signals of persistence unit '" + unit + "': pre_save receivers persisted new entities " + depth
				+ " levels deep (the last one sent " + event + "), each save causing the next. Make the receiver "
				+ "stop, or raise signals.jpa.max-flush-rounds if the chain is legitimately longer");
	}

}
