package dev.signals.spring.durable;

/**
 * A plain value sent with a purchase, stored as JSON.
 * @param text the text
 * @param priority its priority
 */
public record Note(String text, int priority) {
}
