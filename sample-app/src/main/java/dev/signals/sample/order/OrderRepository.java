package dev.signals.sample.order;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrderRepository extends JpaRepository<Order, Long> {

	@EntityGraph(attributePaths = { "customer", "lines" })
	Optional<Order> findWithLinesById(Long id);

	@EntityGraph(attributePaths = { "customer", "lines" })
	List<Order> findAllByOrderByIdAsc();

}
