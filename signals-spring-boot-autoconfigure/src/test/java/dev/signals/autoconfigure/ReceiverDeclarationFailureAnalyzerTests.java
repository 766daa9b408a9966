package dev.signals.autoconfigure;

import dev.signals.spring.Receiver;
import dev.signals.spring.ReceiverDeclarationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ExtendWith(OutputCaptureExtension.class)
class ReceiverDeclarationFailureAnalyzerTests {

	@Test
	void wrongDeclarationIsDescribedWithItsFix() {
		ReceiverDeclarationException failure = new ReceiverDeclarationException("Mailer#onSaved",
				"the method is static, but receivers are called on their bean; make it an instance method");
		FailureAnalysis analysis = new ReceiverDeclarationFailureAnalyzer()
			.analyze(new BeanCreationException("wrapped", failure));
		assertThat(analysis.getDescription()).isEqualTo("Invalid @Receiver Mailer#onSaved: the method is static, "
				+ "but receivers are called on their bean; make it an instance method");
		assertThat(analysis.getAction()).isEqualTo("Correct the @Receiver declaration of Mailer#onSaved as described above.");
	}

	@Test
	void receiverConnectedInCodeForASenderThatNeverSendsIsDescribedAsAConnection() {
		ReceiverDeclarationException failure = ReceiverDeclarationException.ofConnection("AuditLog",
				"signal 'post_save' is never sent by java.lang.String; it is sent by [Order] (the entity classes of this "
						+ "application): connect it for one of them, or for any sender");
		FailureAnalysis analysis = new ReceiverDeclarationFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).isEqualTo("Invalid receiver AuditLog: signal 'post_save' is never sent by "
				+ "java.lang.String; it is sent by [Order] (the entity classes of this application): connect it for one "
				+ "of them, or for any sender");
		assertThat(analysis.getAction()).isEqualTo("Correct the connection of receiver AuditLog as described above.");
	}

	@Test
	void springBootReportsAWrongDeclarationInItsStartupFailureBanner(CapturedOutput output) {
		SpringApplication application = new SpringApplication(WrongApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatExceptionOfType(ReceiverDeclarationException.class).isThrownBy(application::run);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Invalid @Receiver PrivateReceiver#onSaved: the method is private")
			.contains("Correct the @Receiver declaration of PrivateReceiver#onSaved as described above.");
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(SignalsAutoConfiguration.class)
	@Import(PrivateReceiver.class)
	static class WrongApplication {

	}

	static class PrivateReceiver {

		@Receiver(signal = "post_save")
		private void onSaved() {
		}

	}

}
