package dev.signals.spring.db.app;

import org.springframework.data.jpa.repository.JpaRepository;

/** The products. */
public interface ProductRepository extends JpaRepository<Product, Long> {

	boolean existsByName(String name);

}
