package dev.signals.spring.phases;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What happened, in order, across threads. */
class Recorder {

	private final List<String> events = new CopyOnWriteArrayList<>();

	void add(String event) {
		this.events.add(event);
	}

	List<String> events() {
		return List.copyOf(this.events);
	}

	void clear() {
		this.events.clear();
	}

}
