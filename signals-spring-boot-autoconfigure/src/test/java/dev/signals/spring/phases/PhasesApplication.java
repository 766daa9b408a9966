package dev.signals.spring.phases;

import java.util.concurrent.atomic.AtomicInteger;

import dev.signals.Signal;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.task.TaskDecorator;

/** A small Boot application: H2, Spring Data JPA, the starter, and receivers at every phase. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ NoteService.class, PhaseReceivers.class, Recorder.class })
class PhasesApplication {

	static final AtomicInteger handedOver = new AtomicInteger();

	@Bean
	Signal noteWritten() {
		return Signal.of("note_written", "note");
	}

	/** Boot's applicationTaskExecutor applies it to every task at submission: counts hand-overs. */
	@Bean
	TaskDecorator countingTaskDecorator() {
		return (task) -> {
			handedOver.incrementAndGet();
			return task;
		};
	}

}
