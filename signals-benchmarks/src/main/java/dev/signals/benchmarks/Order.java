package dev.signals.benchmarks;

/**
 * The payload every contender delivers; receivers consume it into the blackhole.
 *
 * @param id the order number
 */
public record Order(long id) {

}
