package dev.signals.spring.durable;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The shipments, one per delivered publication. */
public interface ShipmentRepository extends JpaRepository<Shipment, UUID> {

}
