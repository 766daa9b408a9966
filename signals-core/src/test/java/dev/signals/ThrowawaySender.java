package dev.signals;

/** A class that tests load again in a throwaway class loader, to prove the dispatcher lets it go. */
public class ThrowawaySender extends Number {

	private static final long serialVersionUID = 1L;

	@Override
	public int intValue() {
		return 0;
	}

	@Override
	public long longValue() {
		return 0;
	}

	@Override
	public float floatValue() {
		return 0;
	}

	@Override
	public double doubleValue() {
		return 0;
	}

}
