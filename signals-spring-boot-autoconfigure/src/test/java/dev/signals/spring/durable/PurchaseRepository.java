package dev.signals.spring.durable;

import org.springframework.data.jpa.repository.JpaRepository;

/** The purchases. */
public interface PurchaseRepository extends JpaRepository<Purchase, Long> {

}
