package dev.signals.sample.catalog;

import java.util.List;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API for products and their tags. */
@RestController
class CatalogController {

	private final CatalogService catalog;

	CatalogController(CatalogService catalog) {
		this.catalog = catalog;
	}

	@PostMapping("/products")
	ProductView create(@RequestBody NewProduct body) {
		return ProductView.of(this.catalog.create(body.name()));
	}

	@GetMapping("/products/{id}")
	ProductView get(@PathVariable Long id) {
		return ProductView.of(this.catalog.get(id));
	}

	@PostMapping("/products/{id}/tags")
	ProductView tag(@PathVariable Long id, @RequestBody List<String> tags) {
		this.catalog.tag(id, tags);
		return get(id);
	}

	@DeleteMapping("/products/{id}/tags/{tag}")
	ProductView untag(@PathVariable Long id, @PathVariable String tag) {
		this.catalog.untag(id, tag);
		return get(id);
	}

	@DeleteMapping("/products/{id}/tags")
	ProductView clear(@PathVariable Long id) {
		this.catalog.clearTags(id);
		return get(id);
	}

	record NewProduct(String name) {
	}

	record ProductView(Long id, String name, List<String> tags) {

		static ProductView of(Product product) {
			return new ProductView(product.getId(), product.getName(),
					product.getTags().stream().map(Tag::getName).sorted().toList());
		}

	}

}
