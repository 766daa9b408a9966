package dev.signals.spring.reliability;

import org.springframework.data.jpa.repository.JpaRepository;

/** The Spring Data repositories of the reliability application. */
final class Repositories {

	private Repositories() {
	}

	interface Payments extends JpaRepository<Payment, Long> {

	}

	interface Items extends JpaRepository<Item, Long> {

	}

	interface Baskets extends JpaRepository<Basket, Long> {

	}

}
