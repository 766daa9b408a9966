package dev.signals;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Thrown when a registry has no signal of the name asked for; names the closest known one. */
public class NoSuchSignalException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String signalName;

	private final @Nullable String closestMatch;

	private final List<String> knownNames;

	/**
	 * Creates a new exception.
	 * @param signalName the unknown name
	 * @param closestMatch the known name closest to it, or {@code null}
	 * @param knownNames every known name
	 */
	public NoSuchSignalException(String signalName, @Nullable String closestMatch, List<String> knownNames) {
		super("No signal named '" + signalName + "'"
				+ ((closestMatch != null) ? "; did you mean '" + closestMatch + "'?" : ".") + " Known signals: "
				+ knownNames);
		this.signalName = signalName;
		this.closestMatch = closestMatch;
		this.knownNames = List.copyOf(knownNames);
	}

	/** @return the unknown name */
	public String getSignalName() {
		return this.signalName;
	}

	/** @return the known name closest to the unknown one, or {@code null} when none is close */
	public @Nullable String getClosestMatch() {
		return this.closestMatch;
	}

	/** @return every name the registry knows */
	public List<String> getKnownNames() {
		return this.knownNames;
	}

}
