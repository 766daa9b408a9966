package dev.signals.spring.aot;

import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;

import dev.signals.autoconfigure.actuate.SignalsEndpoint.ReceiverDescriptor;
import dev.signals.autoconfigure.actuate.SignalsEndpoint.SignalDescriptor;
import dev.signals.autoconfigure.actuate.SignalsEndpoint.SignalsDescriptor;
import dev.signals.autoconfigure.actuate.SignalsEndpoint;
import dev.signals.spring.aot.HintedReceivers.Label;
import dev.signals.spring.aot.HintedReceivers.Parcel;
import dev.signals.spring.durable.DurableApplication;
import dev.signals.spring.durable.DurableReceivers;
import dev.signals.spring.durable.Note;
import dev.signals.spring.durable.Purchase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.javapoet.ClassName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Processes a real application ahead of time, as {@code spring-boot:process-aot} does, and checks
 * the reflection and resource hints a native image gets: the {@code @Receiver} methods and what
 * they take, the entities that are senders or stored arguments, the endpoint's types and the
 * durable table's schema.
 */
class RuntimeHintsTests {

	/** The hints of the application, processed once for all tests: processing starts JPA and Spring Data. */
	private static @Nullable RuntimeHints processed;

	@Test
	void everyReceiverMethodIsRegisteredForInvocation() {
		hints((hints) -> {
			assertInvocable(hints, HintedReceivers.class, "onSaved", "onParcel", "everything", "onRequest");
			assertInvocable(hints, DurableReceivers.class, "ship", "invoice");
		});
	}

	@Test
	void receiverMethodDeclaredOnAnInterfaceIsRegisteredThereTooForAJdkProxy() {
		hints((hints) -> {
			assertInvocable(hints, HintedReceivers.class, "onShipped");
			assertInvocable(hints, Shipping.class, "onShipped");
		});
	}

	@Test
	void entityClassesThatSendOrAreStoredAreRegistered() {
		hints((hints) -> {
			assertThat(RuntimeHintsPredicates.reflection().onType(Purchase.class)).accepts(hints);
			assertInvocable(hints, Purchase.class, "getItem");
		});
	}

	@Test
	void argumentTypesAreRegisteredForJsonBindingWithTheTypesTheyHold() {
		hints((hints) -> {
			assertBindable(hints, Note.class, Parcel.class, Label.class);
			assertInvocable(hints, Note.class, "priority");
		});
	}

	@Test
	void servletRequestIsNoValueAndIsNotRegisteredForBinding() {
		hints((hints) -> assertThat(RuntimeHintsPredicates.reflection()
			.onMethodInvocation(HttpServletRequest.class, "getRequestURI")).rejects(hints));
	}

	@Test
	void endpointOperationsAndTheTypesTheyAnswerAreRegistered() {
		hints((hints) -> {
			assertInvocable(hints, SignalsEndpoint.class, "signals", "signal", "resubmit");
			assertBindable(hints, SignalsDescriptor.class, SignalDescriptor.class, ReceiverDescriptor.class);
			assertInvocable(hints, ReceiverDescriptor.class, "method");
		});
	}

	@Test
	void durableSchemaScriptsAreResources() {
		hints((hints) -> {
			assertThat(RuntimeHintsPredicates.resource().forResource("dev/signals/spring/durable/schema-h2.sql"))
				.accepts(hints);
			assertThat(RuntimeHintsPredicates.resource().forResource("dev/signals/spring/durable/schema-postgresql.sql"))
				.accepts(hints);
		});
	}

	private static void assertInvocable(RuntimeHints hints, Class<?> type, String... methods) {
		for (String method : methods) {
			assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(type, method))
				.as(type.getSimpleName() + "#" + method)
				.accepts(hints);
		}
	}

	/** Asserts that each type can be created from JSON: Jackson calls its declared constructors. */
	private static void assertBindable(RuntimeHints hints, Class<?>... types) {
		for (Class<?> type : types) {
			assertThat(RuntimeHintsPredicates.reflection()
				.onType(type)
				.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).as(type.getName()).accepts(hints);
		}
	}

	private static void hints(Consumer<RuntimeHints> assertions) {
		assertions.accept(processed());
	}

	private static synchronized RuntimeHints processed() {
		RuntimeHints hints = processed;
		if (hints == null) {
			DefaultGenerationContext generation = new DefaultGenerationContext(
					new ClassNameGenerator(ClassName.get(RuntimeHintsTests.class)), new InMemoryGeneratedFiles());
			new WebApplicationContextRunner().withUserConfiguration(DurableApplication.class)
				.withBean(HintedReceivers.class)
				.withPropertyValues("management.endpoints.web.exposure.include=signals")
				.prepare((context) -> new ApplicationContextAotGenerator().processAheadOfTime(
						(GenericApplicationContext) context.getSourceApplicationContext(), generation));
			hints = generation.getRuntimeHints();
			processed = hints;
		}
		return hints;
	}

}
