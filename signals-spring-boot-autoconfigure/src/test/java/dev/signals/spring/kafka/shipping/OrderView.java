package dev.signals.spring.kafka.shipping;

/**
 * What the shipping service reads of an order.
 * @param id the order's id
 * @param customer its customer
 * @param total its total
 */
public record OrderView(Long id, String customer, int total) {
}
