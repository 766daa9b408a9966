package dev.signals.sample.order;

/** Where an order is in its life. */
public enum OrderStatus {

	NEW, SHIPPED

}
