package dev.signals.spring.readme;

import org.springframework.data.jpa.repository.JpaRepository;

/** The repository the README's receiver saves through. */
public interface SomeModelRepository extends JpaRepository<SomeModel, Long> {

}
