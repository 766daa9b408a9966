package dev.signals.spring.checks;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.signals.Signal;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.autoconfigure.jpa.JpaSignalsAutoConfiguration;
import dev.signals.autoconfigure.web.SignalsWebAutoConfiguration;
import dev.signals.spring.Phase;
import dev.signals.spring.Receiver;
import dev.signals.spring.ReceiverDeclarationException;
import dev.signals.spring.jpa.ModelRelation;
import dev.signals.spring.jpa.ModelSignals;
import dev.signals.spring.web.RequestSignals;
import dev.signals.spring.web.RequestSignalsFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static dev.signals.Signal.arg;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A receiver is checked at startup against what its signal sends: the senders it is connected for
 * and the type of every parameter, with a message naming the method, the problem and the fix.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReceiverCheckTests {

	private static final String ENTITIES = "[dev.signals.spring.checks.Comment, dev.signals.spring.checks.Post] "
			+ "(the entity classes of this application)";

	private final ApplicationContextRunner jpa = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
				TransactionAutoConfiguration.class, SignalsAutoConfiguration.class, JpaSignalsAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true")
		.withUserConfiguration(Entities.class);

	private final WebApplicationContextRunner web = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class, SignalsWebAutoConfiguration.class));

	@Test
	void modelReceiverForAClassThatIsNotAnEntityFailsListingTheEntities() {
		assertFails(this.jpa, DraftReceiver.class, "Invalid @Receiver DraftReceiver#onSaved: signal 'post_save' is "
				+ "never sent by " + Draft.class.getName() + "; it is sent by " + ENTITIES
				+ ": name one of them in @Receiver(sender = ...), or none for any sender");
	}

	@Test
	void modelReceiverForASupertypeOfEntitiesNeedsIncludeSubclasses() {
		assertFails(this.jpa, ContentReceiver.class, "Invalid @Receiver ContentReceiver#onSaved: signal 'post_save' "
				+ "is sent by subclasses of dev.signals.spring.checks.Content, never by the class itself; add "
				+ "includeSubclasses = true to receive from them");
		this.jpa.withUserConfiguration(ContentAndSubclassesReceiver.class)
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void parameterOfAnotherTypeThanTheSignalSendsFailsNamingTheTypeSent() {
		assertFails(this.jpa, CreatedAsString.class, "Invalid @Receiver CreatedAsString#onSaved: parameter 'created' "
				+ "is a java.lang.String, but signal 'post_save' sends 'created' as a java.lang.Boolean; declare it as "
				+ "Boolean or boolean (or a supertype)");
	}

	@Test
	void instanceOfAReceiverForAnySenderMustTakeEveryEntity() {
		assertFails(this.jpa, AnySenderPost.class, "Invalid @Receiver AnySenderPost#onSaved: parameter 'instance' is "
				+ "a Post, but signal 'post_save' from any sender also sends instances of "
				+ "dev.signals.spring.checks.Comment, which it cannot take; restrict the receiver with "
				+ "@Receiver(sender = ...) or declare the parameter as a supertype of every class it receives from "
				+ "(Object takes all)");
	}

	@Test
	void relationParameterOfAnotherTypeFailsNamingModelRelation() {
		assertFails(this.jpa, RelationAsString.class, "Invalid @Receiver RelationAsString#onChanged: parameter "
				+ "'relation' is a java.lang.String, but signal 'm2m_changed' sends 'relation' as a "
				+ "dev.signals.spring.jpa.ModelRelation; declare it as ModelRelation (or a supertype)");
	}

	@Test
	void parametersThatTakeWhatTheModelSignalsSendStart() {
		this.jpa.withUserConfiguration(FittingModelReceivers.class).run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void requestParameterOfAnotherServletTypeFailsNamingTheTypeSent() {
		assertFails(this.web, ResponseAsRequest.class, "Invalid @Receiver ResponseAsRequest#started: parameter "
				+ "'request' is a jakarta.servlet.http.HttpServletResponse, but signal 'request_started' sends 'request' "
				+ "as a jakarta.servlet.http.HttpServletRequest; declare it as HttpServletRequest (or a supertype)");
	}

	@Test
	void requestReceiverForASenderTheSignalNeverHasFailsListingItsSender() {
		assertFails(this.web, PostRequests.class, "Invalid @Receiver PostRequests#started: signal 'request_started' is "
				+ "never sent by dev.signals.spring.checks.Post; it is sent by [" + RequestSignalsFilter.class.getName()
				+ "] (the request signals filter): name one of them in @Receiver(sender = ...), or none for any sender");
	}

	@Test
	void parametersThatTakeWhatTheRequestSignalsSendStart() {
		this.web.withUserConfiguration(FittingRequestReceivers.class).run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void parameterOfACustomSignalIsCheckedAgainstTheDeclaredArgumentType() {
		assertFails(new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class))
			.withUserConfiguration(PublishedSignals.class), CommentAsPost.class, "Invalid @Receiver CommentAsPost#onPublished: "
					+ "parameter 'post' is a dev.signals.spring.checks.Comment, but signal 'post_published' sends 'post' "
					+ "as a dev.signals.spring.checks.Post; declare it as Post (or a supertype)");
	}

	@Test
	void parameterOfAnUntypedCustomArgumentTakesAnyType() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class))
			.withUserConfiguration(PublishedSignals.class, CommentAsUntyped.class)
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void asyncImmediateModelReceiverLogsOneWarningThatSteersToAfterCommit(CapturedOutput output) {
		String warning = "@Receiver AsyncImmediate#onSaved of [post_save] is async with phase IMMEDIATE: it runs on "
				+ "the task executor while the sending transaction is still open, also when that transaction rolls "
				+ "back, and the instance it gets may hold changes that are never committed. For side effects use "
				+ "async = true, phase = AFTER_COMMIT";
		this.jpa.withUserConfiguration(AsyncImmediate.class, AsyncAfterCommit.class)
			.withBean(Executor.class, () -> Runnable::run)
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output.getOut().lines().filter((line) -> line.contains(" WARN ") && line.contains("@Receiver ")))
			.singleElement()
			.satisfies((line) -> assertThat(line).endsWith(warning));
	}

	private static void assertFails(ApplicationContextRunner runner, Class<?> receiver, String message) {
		runner.withUserConfiguration(receiver)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(ReceiverDeclarationException.class)
				.hasMessage(message));
	}

	private static void assertFails(WebApplicationContextRunner runner, Class<?> receiver, String message) {
		runner.withUserConfiguration(receiver)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(ReceiverDeclarationException.class)
				.hasMessage(message));
	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackageClasses = Post.class)
	static class Entities {

	}

	@Configuration(proxyBeanMethods = false)
	static class PublishedSignals {

		@Bean
		Signal postPublished() {
			return Signal.of("post_published", arg("post", Post.class), arg("note", Object.class));
		}

	}

	static class Draft {

	}

	static class DraftReceiver {

		@Receiver(signal = ModelSignals.POST_SAVE, sender = Draft.class)
		void onSaved() {
		}

	}

	static class ContentReceiver {

		@Receiver(signal = ModelSignals.POST_SAVE, sender = Content.class)
		void onSaved() {
		}

	}

	static class ContentAndSubclassesReceiver {

		@Receiver(signal = ModelSignals.POST_SAVE, sender = Content.class, includeSubclasses = true)
		void onSaved(Content instance) {
		}

	}

	static class CreatedAsString {

		@Receiver(signal = ModelSignals.POST_SAVE, sender = Post.class)
		void onSaved(Post instance, String created) {
		}

	}

	static class RelationAsString {

		@Receiver(signal = ModelSignals.M2M_CHANGED)
		void onChanged(String relation) {
		}

	}

	static class AnySenderPost {

		@Receiver(signal = ModelSignals.POST_SAVE)
		void onSaved(Post instance) {
		}

	}

	static class FittingModelReceivers {

		@Receiver(signal = ModelSignals.POST_SAVE)
		void onAnySave(Class<?> sender, Object instance, boolean created, Boolean raw, String using,
				Set<String> updateFields, Map<String, Object> previousValues) {
		}

		@Receiver(signal = { ModelSignals.PRE_DELETE, ModelSignals.POST_DELETE }, sender = Post.class)
		void onDelete(Content instance, Object origin, CharSequence using) {
		}

		@Receiver(signal = ModelSignals.M2M_CHANGED, sender = Post.class)
		void onChanged(Post instance, String action, boolean reverse, Class<?> model, Set<Object> pkSet,
				ModelRelation relation) {
		}

	}

	static class ResponseAsRequest {

		@Receiver(signal = RequestSignals.REQUEST_STARTED)
		void started(HttpServletResponse request) {
		}

	}

	static class PostRequests {

		@Receiver(signal = RequestSignals.REQUEST_STARTED, sender = Post.class)
		void started() {
		}

	}

	static class FittingRequestReceivers {

		@Receiver(signal = RequestSignals.REQUEST_FINISHED, sender = RequestSignalsFilter.class)
		void finished(Class<?> sender, HttpServletRequest request, HttpServletResponse response) {
		}

		@Receiver(signal = RequestSignals.GOT_REQUEST_EXCEPTION)
		void failed(jakarta.servlet.ServletRequest request, Throwable exception) {
		}

	}

	static class CommentAsPost {

		@Receiver(signal = "post_published")
		void onPublished(Comment post) {
		}

	}

	static class CommentAsUntyped {

		@Receiver(signal = "post_published")
		void onPublished(Object post, Comment note) {
		}

	}

	static class AsyncImmediate {

		@Receiver(signal = ModelSignals.POST_SAVE, sender = Post.class, async = true)
		void onSaved() {
		}

	}

	static class AsyncAfterCommit {

		@Receiver(signal = ModelSignals.POST_SAVE, sender = Post.class, async = true, phase = Phase.AFTER_COMMIT)
		void onSaved() {
		}

	}

}
