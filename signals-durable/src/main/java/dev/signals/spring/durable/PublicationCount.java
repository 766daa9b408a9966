package dev.signals.spring.durable;

/**
 * How many publications of one durable receiver are in one state.
 * @param receiver the durable receiver's id
 * @param signal the signal's name
 * @param status the state
 * @param count how many
 */
public record PublicationCount(String receiver, String signal, PublicationStatus status, long count) {
}
