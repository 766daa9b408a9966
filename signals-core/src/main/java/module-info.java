/**
 * The signal dispatcher: named signals, their receivers and the registry that holds them. Only
 * {@code dev.signals} is exported; the dispatcher's implementation stays inside the module.
 */
module dev.signals.core {

	requires org.slf4j;
	requires static org.jspecify;

	exports dev.signals;

}
