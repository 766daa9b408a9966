package dev.signals.sample.catalog;

import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Products and their tags; every change of a product's tags sends {@code m2m_changed}. */
@Service
@Transactional
public class CatalogService {

	private final ProductRepository products;

	private final TagRepository tags;

	CatalogService(ProductRepository products, TagRepository tags) {
		this.products = products;
		this.tags = tags;
	}

	public Product create(String name) {
		return this.products.save(new Product(name));
	}

	public Product tag(Long productId, List<String> names) {
		// find or create every tag first: a query flushes pending changes, so adding them all
		// afterwards makes one m2m_changed pair for the whole set, like Django's tags.add(a, b)
		List<Tag> found = names.stream()
			.map((name) -> this.tags.findByName(name).orElseGet(() -> this.tags.save(new Tag(name))))
			.toList();
		Product product = get(productId);
		product.getTags().addAll(found);
		return product;
	}

	public Product untag(Long productId, String name) {
		Product product = get(productId);
		product.getTags().removeIf((tag) -> tag.getName().equals(name));
		return product;
	}

	public Product clearTags(Long productId) {
		Product product = get(productId);
		product.getTags().clear();
		return product;
	}

	@Transactional(readOnly = true)
	public Product get(Long id) {
		Product product = this.products.findById(id)
			.orElseThrow(() -> new NoSuchElementException("No product with id " + id));
		product.getTags().size();
		return product;
	}

}
