package dev.signals.spring.checks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.signals.spring.Receiver;
import dev.signals.spring.ReceiverDeclarationException;
import dev.signals.spring.jpa.ModelSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A model-signal receiver connected for a class that is not an entity stops a web application
 * like every other declaration mistake: through Spring Boot's failure analysis, before the web
 * server starts.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupCheckBeforeWebServerTests {

	@Test
	void receiverForAClassThatIsNotAnEntityStopsTheStartBeforeTheWebServerStarts(CapturedOutput output) {
		String message = "Invalid @Receiver DraftReceiver#onSaved: signal 'post_save' is never sent by "
				+ Draft.class.getName() + "; it is sent by [dev.signals.spring.checks.Comment, "
				+ "dev.signals.spring.checks.Post] (the entity classes of this application): name one of them in "
				+ "@Receiver(sender = ...), or none for any sender";
		SpringApplication application = new SpringApplication(WebApplicationWithEntities.class);
		application.setDefaultProperties(Map.of("server.port", "0", "spring.datasource.generate-unique-name", "true",
				"spring.jpa.open-in-view", "false"));
		List<ApplicationEvent> serversStarted = new CopyOnWriteArrayList<>();
		application.addListeners((ApplicationListener<ApplicationEvent>) (event) -> {
			if (event instanceof WebServerInitializedEvent) {
				serversStarted.add(event);
			}
		});
		assertThatExceptionOfType(ReceiverDeclarationException.class).isThrownBy(application::run).withMessage(message);
		assertThat(serversStarted).isEmpty();
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Description:" + System.lineSeparator() + System.lineSeparator() + message)
			.contains("Correct the @Receiver declaration of DraftReceiver#onSaved as described above.")
			.doesNotContain("Tomcat started on port");
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(DraftReceiver.class)
	static class WebApplicationWithEntities {

	}

	static class Draft {

	}

	static class DraftReceiver {

		@Receiver(signal = ModelSignals.POST_SAVE, sender = Draft.class)
		void onSaved() {
		}

	}

}
