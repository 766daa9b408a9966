package dev.signals.spring.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Records the exception a Spring MVC handler raised, before any other resolver renders it, so that
 * {@code got_request_exception} gets the original exception even when an
 * {@code @ExceptionHandler} or {@code @ResponseStatus} answers it. Resolves nothing itself.
 */
public final class RequestExceptionRecorder implements HandlerExceptionResolver, Ordered {

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		RequestExchange exchange = RequestExchange.of(request);
		if (exchange != null) {
			exchange.record(ex);
		}
		return null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
