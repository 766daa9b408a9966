package dev.signals.spring.aot;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import dev.signals.SignalEvent;
import dev.signals.spring.Receiver;
import dev.signals.spring.durable.Purchase;
import dev.signals.spring.jpa.ModelSignals;
import dev.signals.spring.web.RequestSignals;

/**
 * Receivers of every shape whose hints the AOT processing must register: package-private,
 * meta-annotated, declared on an interface (for a JDK proxy), taking a value and a list of values
 * bound from JSON, taking the whole event, and taking a servlet request, which is no value.
 */
class HintedReceivers implements Shipping {

	@Receiver(signal = ModelSignals.POST_SAVE, sender = Purchase.class)
	void onSaved(Purchase instance, boolean created) {
	}

	@OnParcel
	void onParcel(Parcel parcel, List<Label> labels) {
	}

	@Override
	@Receiver(signal = "parcel_sent")
	public void onShipped(Parcel parcel) {
	}

	@Receiver(signal = "parcel_sent")
	void everything(SignalEvent event) {
	}

	@Receiver(signal = RequestSignals.REQUEST_STARTED)
	void onRequest(HttpServletRequest request) {
	}

	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.METHOD)
	@Receiver(signal = "parcel_sent")
	@interface OnParcel {

	}

	/**
	 * A parcel, sent as an argument.
	 * @param weight its weight
	 */
	record Parcel(int weight) {
	}

	/**
	 * A label in a list.
	 * @param text its text
	 */
	record Label(String text) {
	}

}

/** The interface a JDK proxy of the receivers would be called through. */
interface Shipping {

	void onShipped(HintedReceivers.Parcel parcel);

}
