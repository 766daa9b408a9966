package dev.signals.benchmarks.jpa;

import dev.signals.spring.Receiver;
import dev.signals.spring.jpa.ModelSignals;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Adds one trivial {@code post_save} receiver for items to {@link JpaApplication}. A class of its
 * own, not nested, so that the application picks it up only when the benchmark adds it.
 */
@Configuration(proxyBeanMethods = false)
public class ReceiverConfiguration {

	@Bean
	SavedItems savedItems() {
		return new SavedItems();
	}

	/** Counts the items saved, the least a receiver can do. */
	public static class SavedItems {

		private long count;

		/**
		 * Counts one saved item.
		 * @param instance the item
		 * @param created whether it was inserted
		 */
		@Receiver(signal = ModelSignals.POST_SAVE, sender = Item.class)
		public void saved(Item instance, boolean created) {
			if (created) {
				this.count++;
			}
		}

		/** @return how many items were saved */
		public long count() {
			return this.count;
		}

	}

}
