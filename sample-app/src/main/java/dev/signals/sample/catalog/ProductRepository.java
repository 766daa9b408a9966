package dev.signals.sample.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

/** The products of the catalogue. */
public interface ProductRepository extends JpaRepository<Product, Long> {

	boolean existsByName(String name);

}
