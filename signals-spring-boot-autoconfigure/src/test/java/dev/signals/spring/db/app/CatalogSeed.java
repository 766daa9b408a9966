package dev.signals.spring.db.app;

import dev.signals.spring.Receiver;
import dev.signals.spring.db.DatabaseSignals;

/** Seeds the products through the repository after each migration, without duplicating them. */
public class CatalogSeed {

	private final ProductRepository products;

	CatalogSeed(ProductRepository products) {
		this.products = products;
	}

	@Receiver(signal = DatabaseSignals.POST_MIGRATE)
	public void seed() {
		for (String name : new String[] { "kettle", "teapot" }) {
			if (!this.products.existsByName(name)) {
				this.products.save(new Product(name, 10));
			}
		}
	}

}
