package dev.signals.autoconfigure.web;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.signals.SignalRegistry;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.spring.SignalSenders;
import dev.signals.spring.web.ErrorPageStatuses;
import dev.signals.spring.web.RequestExceptionRecorder;
import dev.signals.spring.web.RequestSignals;
import dev.signals.spring.web.RequestSignalsFilter;
import dev.signals.spring.web.RequestSignalsListener;
import dev.signals.spring.web.SignalsWebProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.error.ErrorPageRegistrar;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Auto-configuration of Django's request signals in a servlet web application: a filter that
 * sends {@code request_started}, {@code got_request_exception} and {@code request_finished} (and
 * learns from the {@link ErrorPageRegistrar} beans which error statuses get an error page), a
 * request listener that ends synchronous requests after their error page, and, with Spring MVC,
 * a resolver that records handler exceptions before they are rendered.
 */
@AutoConfiguration(after = SignalsAutoConfiguration.class)
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass(Filter.class)
@ConditionalOnBean(SignalRegistry.class)
@ConditionalOnBooleanProperty(name = "signals.web.enabled", matchIfMissing = true)
@EnableConfigurationProperties(SignalsWebProperties.class)
public final class SignalsWebAutoConfiguration {

	@Bean
	FilterRegistrationBean<RequestSignalsFilter> requestSignalsFilterRegistration(SignalRegistry registry,
			SignalsWebProperties properties, ObjectProvider<ErrorPageRegistrar> errorPageRegistrars) {
		FilterRegistrationBean<RequestSignalsFilter> registration = new FilterRegistrationBean<>(
				new RequestSignalsFilter(registry, new ErrorPageStatuses(errorPageRegistrars)));
		registration.setName("requestSignalsFilter");
		registration.setOrder(properties.getFilterOrder());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
		registration.setAsyncSupported(true);
		return registration;
	}

	@Bean
	ServletListenerRegistrationBean<RequestSignalsListener> requestSignalsListenerRegistration() {
		return new ServletListenerRegistrationBean<>(new RequestSignalsListener());
	}

	/** The filter, the sender of the request signals, and their servlet types, for the startup checks of receivers. */
	@Bean
	SignalSenders requestSignalSenders() {
		return SignalSenders.of(Set.of(RequestSignals.REQUEST_STARTED, RequestSignals.REQUEST_FINISHED, RequestSignals.GOT_REQUEST_EXCEPTION),
				Set.of(RequestSignalsFilter.class), "the request signals filter",
				Map.of("request", HttpServletRequest.class, "response", HttpServletResponse.class));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(HandlerExceptionResolver.class)
	static class SpringMvcConfiguration {

		@Bean
		RequestExceptionRecorder requestSignalsExceptionRecorder() {
			return new RequestExceptionRecorder();
		}

	}

}
