package dev.signals.internal;

/** Public types of a package the module does not export, for the check that the API names none. */
public final class Hidden {

	private Hidden() {
	}

	/** Named as a type argument's bound. */
	public enum Kind {
		ONLY
	}

	/** Named as a thrown exception. */
	public static class Failure extends Exception {

		private static final long serialVersionUID = 1L;

	}

	/** Named as a type parameter's bound. */
	public interface Bound {
	}

	/** Named as a superclass. */
	public static class Parent {
	}

	/** Named as a field's type. */
	public static class Field {
	}

}
