package dev.signals.sample.catalog;

import java.util.UUID;

import dev.signals.SignalRegistry;
import dev.signals.sample.SampleApplication;
import dev.signals.spring.jpa.ModelSignals;
import dev.signals.test.SignalRecorder;
import dev.signals.test.SignalsTesting;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue is seeded by a {@code post_migrate} receiver while the application starts, and
 * starting again on the same database, with nothing left to migrate, adds nothing.
 */
class CatalogSeedTests {

	@Test
	void secondStartOnTheSameDatabaseSeedsNothingTwice() {
		String database = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		try (ConfigurableApplicationContext context = start(database)) {
			assertThat(context.getBean(ProductRepository.class).findAll()).extracting(Product::getName)
				.containsExactly("Teapot", "Lamp");
		}
		try (ConfigurableApplicationContext context = start(database)) {
			assertThat(context.getBean(ProductRepository.class).count()).isEqualTo(2);
			try (SignalRecorder recorded = SignalsTesting.record(context.getBean(SignalRegistry.class))) {
				context.getBean(CatalogSeed.class).seed();
				assertThat(recorded.of(ModelSignals.POST_SAVE)).isEmpty();
			}
		}
	}

	private static ConfigurableApplicationContext start(String database) {
		// as the application is processed ahead of time: its main class, a web server (on any port)
		return new SpringApplicationBuilder(SampleApplication.class).main(SampleApplication.class)
			.run("--spring.datasource.url=" + database, "--spring.main.banner-mode=off", "--server.port=0");
	}

}
