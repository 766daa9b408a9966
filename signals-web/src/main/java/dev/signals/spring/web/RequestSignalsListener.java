package dev.signals.spring.web;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;

/**
 * Follows each request from the container's side: marks it when the container brings it into
 * scope, so that the {@link RequestSignalsFilter} knows the container will tell when it ends, and
 * finishes a synchronous request followed by the request signals when the container takes it out
 * of scope: after the filter chain returned and after any error page was rendered. Asynchronous
 * requests finish when their async context completes.
 */
public final class RequestSignalsListener implements ServletRequestListener {

	private static final String FOLLOWING_ATTRIBUTE = RequestSignalsListener.class.getName() + ".FOLLOWING";

	/**
	 * Whether a listener follows a request, so that the container will tell it when the request
	 * goes out of scope.
	 * @param request the request
	 * @return whether a listener saw the request come into scope
	 */
	static boolean isFollowing(ServletRequest request) {
		return request.getAttribute(FOLLOWING_ATTRIBUTE) != null;
	}

	@Override
	public void requestInitialized(ServletRequestEvent event) {
		event.getServletRequest().setAttribute(FOLLOWING_ATTRIBUTE, Boolean.TRUE);
	}

	@Override
	public void requestDestroyed(ServletRequestEvent event) {
		RequestExchange exchange = RequestExchange.of(event.getServletRequest());
		if (exchange != null) {
			exchange.requestDestroyed();
		}
	}

}
