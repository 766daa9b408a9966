package dev.signals.sample.catalog;

import java.util.List;

import dev.signals.spring.Receiver;

import org.springframework.stereotype.Component;

import static dev.signals.spring.db.DatabaseSignals.POST_MIGRATE;

/**
 * Seeds the product catalogue once the schema is in place, as a Django app does in
 * {@code post_migrate}: through the application's own service and repositories, adding only what
 * is missing, so that every start can run it.
 */
@Component
class CatalogSeed {

	static final List<Seed> CATALOGUE = List.of(new Seed("Teapot", List.of("kitchen")),
			new Seed("Lamp", List.of("lighting", "sale")));

	private final ProductRepository products;

	private final CatalogService catalog;

	CatalogSeed(ProductRepository products, CatalogService catalog) {
		this.products = products;
		this.catalog = catalog;
	}

	@Receiver(signal = POST_MIGRATE)
	void seed() {
		for (Seed seed : CATALOGUE) {
			if (!this.products.existsByName(seed.name())) {
				this.catalog.tag(this.catalog.create(seed.name()).getId(), seed.tags());
			}
		}
	}

	/**
	 * A product of the catalogue.
	 * @param name its name
	 * @param tags its tags
	 */
	record Seed(String name, List<String> tags) {
	}

}
