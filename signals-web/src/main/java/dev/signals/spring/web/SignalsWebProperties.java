package dev.signals.spring.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the request signals sent from the servlet filter chain.
 */
@ConfigurationProperties("signals.web")
public class SignalsWebProperties {

	/**
	 * Whether to send request_started, request_finished and got_request_exception from the
	 * servlet filter chain.
	 */
	private boolean enabled = true;

	/**
	 * Order of the filter that sends the request signals; filters with a higher order run inside
	 * it. The default, Ordered.HIGHEST_PRECEDENCE + 10 (-2147483638), runs after Spring Boot's
	 * character encoding and observation filters and before every other filter, Spring Security's
	 * included.
	 */
	private int filterOrder = RequestSignalsFilter.DEFAULT_ORDER;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getFilterOrder() {
		return this.filterOrder;
	}

	public void setFilterOrder(int filterOrder) {
		this.filterOrder = filterOrder;
	}

}
