package dev.signals.spring.web;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;

import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.autoconfigure.web.SignalsWebAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.error.ErrorPage;
import org.springframework.boot.web.error.ErrorPageRegistrar;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerExceptionResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the request signals are configured, and how.
 */
class SignalsWebAutoConfigurationTests {

	private static final AutoConfigurations CONFIGURATIONS = AutoConfigurations.of(SignalsAutoConfiguration.class,
			SignalsWebAutoConfiguration.class);

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(CONFIGURATIONS);

	@Test
	void servletWebApplicationGetsTheFilterForEveryDispatchThatEndsARequest() {
		this.runner.run((context) -> {
			FilterRegistrationBean<?> registration = context.getBean("requestSignalsFilterRegistration",
					FilterRegistrationBean.class);
			assertThat(registration.getFilter()).isInstanceOf(RequestSignalsFilter.class);
			assertThat(registration.getOrder()).isEqualTo(Ordered.HIGHEST_PRECEDENCE + 10)
				.isEqualTo(RequestSignalsFilter.DEFAULT_ORDER);
			assertThat(registration.determineDispatcherTypes())
				.isEqualTo(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR));
			assertThat(registration.isAsyncSupported()).isTrue();
			assertThat(context.getBean(ServletListenerRegistrationBean.class).getListener())
				.isInstanceOf(RequestSignalsListener.class);
			assertThat(context).hasSingleBean(RequestExceptionRecorder.class);
		});
	}

	@Test
	void filterKnowsWhichErrorStatusesTheApplicationsErrorPagesRender() {
		ErrorPageRegistrar notFoundPage = (registry) -> registry
			.addErrorPages(new ErrorPage(HttpStatus.NOT_FOUND, "/not-found"));
		this.runner.withBean(ErrorPageRegistrar.class, () -> notFoundPage).run((context) -> {
			RequestSignalsFilter filter = (RequestSignalsFilter) context
				.getBean("requestSignalsFilterRegistration", FilterRegistrationBean.class)
				.getFilter();
			assertThat(filter.rendersErrorPage(404)).isTrue();
			assertThat(filter.rendersErrorPage(503)).isFalse();
		});
	}

	@Test
	void filterOrderIsSetByProperty() {
		this.runner.withPropertyValues("signals.web.filter-order=-50").run((context) -> {
			assertThat(context.getBean("requestSignalsFilterRegistration", FilterRegistrationBean.class).getOrder())
				.isEqualTo(-50);
			assertThat(context.getBean(SignalsWebProperties.class).getFilterOrder()).isEqualTo(-50);
		});
	}

	@Test
	void nonWebApplicationGetsNoRequestSignals() {
		new ApplicationContextRunner().withConfiguration(CONFIGURATIONS).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(SignalsWebAutoConfiguration.class);
			assertThat(context).doesNotHaveBean(FilterRegistrationBean.class);
		});
	}

	@Test
	void backsOffWhenDisabled() {
		this.runner.withPropertyValues("signals.web.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(SignalsWebAutoConfiguration.class);
			assertThat(context).doesNotHaveBean(FilterRegistrationBean.class);
			assertThat(context).doesNotHaveBean(RequestExceptionRecorder.class);
		});
	}

	@Test
	void backsOffWhenSignalsAreDisabled() {
		this.runner.withPropertyValues("signals.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(SignalsWebAutoConfiguration.class));
	}

	@Test
	void backsOffWithoutServletClasses() {
		this.runner.withClassLoader(new FilteredClassLoader(Filter.class)).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(SignalsWebAutoConfiguration.class);
		});
	}

	@Test
	void withoutSpringMvcTheFilterStillAppliesWithoutTheExceptionRecorder() {
		this.runner.withClassLoader(new FilteredClassLoader(HandlerExceptionResolver.class)).run((context) -> {
			assertThat(context).hasBean("requestSignalsFilterRegistration");
			assertThat(context).doesNotHaveBean(RequestExceptionRecorder.class);
		});
	}

}
