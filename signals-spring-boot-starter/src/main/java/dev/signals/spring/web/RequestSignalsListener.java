package dev.signals.spring.web;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;

/**
 * Finishes a synchronous request followed by the request signals when the container takes it out
 * of scope: after the filter chain returned and after any error page was rendered. Asynchronous
 * requests finish when their async context completes.
 */
public final class RequestSignalsListener implements ServletRequestListener {

	@Override
	public void requestDestroyed(ServletRequestEvent event) {
		ServletRequest request = event.getServletRequest();
		RequestExchange exchange = RequestExchange.of(request);
		if (exchange != null && !exchange.isAsync()) {
			exchange.finish();
		}
	}

}
