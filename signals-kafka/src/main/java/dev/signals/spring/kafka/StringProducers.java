package dev.signals.spring.kafka;

import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

/**
 * The producers that send signal records and dead letters: the application's producer settings
 * with string keys and values (the records are JSON), created at the first use and closed with
 * the context.
 */
public final class StringProducers implements DisposableBean {

	private final @Nullable ProducerFactory<?, ?> producerFactory;

	private @Nullable DefaultKafkaProducerFactory<String, String> producers;

	/**
	 * @param producerFactory the application's producer factory, or {@code null} when it has none
	 */
	public StringProducers(@Nullable ProducerFactory<?, ?> producerFactory) {
		this.producerFactory = producerFactory;
	}

	/** @return whether the application has a producer factory to take the settings from */
	boolean isAvailable() {
		return this.producerFactory != null;
	}

	/** @return a template on the shared producers */
	synchronized KafkaTemplate<String, String> template() {
		DefaultKafkaProducerFactory<String, String> producers = this.producers;
		if (producers == null) {
			ProducerFactory<?, ?> producerFactory = this.producerFactory;
			if (producerFactory == null) {
				throw new IllegalStateException("No Kafka ProducerFactory");
			}
			producers = new DefaultKafkaProducerFactory<>(producerFactory.getConfigurationProperties(),
					new StringSerializer(), new StringSerializer());
			this.producers = producers;
		}
		return new KafkaTemplate<>(producers);
	}

	@Override
	public synchronized void destroy() {
		if (this.producers != null) {
			this.producers.destroy();
		}
	}

}
