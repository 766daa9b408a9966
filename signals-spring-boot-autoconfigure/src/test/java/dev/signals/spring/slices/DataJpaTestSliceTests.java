package dev.signals.spring.slices;

import dev.signals.SignalRegistry;
import dev.signals.autoconfigure.jpa.JpaSignalsAutoConfiguration;
import dev.signals.autoconfigure.web.SignalsWebAutoConfiguration;
import dev.signals.spring.ReceiverMethodProcessor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @DataJpaTest} with the starter on the classpath: the context has the signal registry, the
 * model signals and receiver discovery, so a receiver class the test imports hears the saves of
 * the test's rolled-back transaction, at persist and at flush.
 */
@DataJpaTest
@Import(ParcelReceivers.class)
class DataJpaTestSliceTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private ParcelRepository parcels;

	@Autowired
	private ParcelReceivers receivers;

	@Test
	void theSliceHasTheRegistryTheModelSignalsAndDiscoveryButNoWebSignals() {
		assertThat(this.context.getBeanNamesForType(SignalRegistry.class)).hasSize(1);
		assertThat(this.context.getBeanNamesForType(ReceiverMethodProcessor.class)).hasSize(1);
		assertThat(this.context.getBeanNamesForType(JpaSignalsAutoConfiguration.class)).hasSize(1);
		assertThat(this.context.getBeanNamesForType(SignalsWebAutoConfiguration.class)).isEmpty();
	}

	@Test
	void importedReceiverHearsPreSaveAtPersistAndPostSaveAtFlush() {
		this.parcels.save(new Parcel("books"));
		assertThat(this.receivers.heard()).containsExactly("pre_save books");

		this.parcels.flush();
		assertThat(this.receivers.heard()).containsExactly("pre_save books", "post_save books created");
	}

}
