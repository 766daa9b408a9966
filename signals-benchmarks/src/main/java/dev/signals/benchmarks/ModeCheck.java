package dev.signals.benchmarks;

import dev.signals.SignalRegistry;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Checks that an integration benchmark's application is in the mode it claims: signals off in
 * {@code without}, else on, with one receiver of the measured signal in {@code receiver} and none
 * in the other modes.
 */
public final class ModeCheck {

	private ModeCheck() {
	}

	/**
	 * @param context the benchmark's application
	 * @param mode the mode it was started in
	 * @param signal the name of the signal whose receivers the mode decides
	 * @return whether signals are on
	 * @throws IllegalStateException when the application is not in that mode
	 */
	public static boolean check(ConfigurableApplicationContext context, String mode, String signal) {
		boolean signals = !context.getBeanProvider(SignalRegistry.class).stream().toList().isEmpty();
		if (signals == "without".equals(mode)) {
			throw new IllegalStateException("Mode " + mode + " but signals are " + (signals ? "on" : "off"));
		}
		if (signals) {
			int receivers = context.getBean(SignalRegistry.class).get(signal).receivers().size();
			int expected = "receiver".equals(mode) ? 1 : 0;
			if (receivers != expected) {
				throw new IllegalStateException("Mode " + mode + " expects " + expected + " " + signal
						+ " receivers but has " + receivers);
			}
		}
		return signals;
	}

}
