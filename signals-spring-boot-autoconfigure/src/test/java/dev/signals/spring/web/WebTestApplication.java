package dev.signals.spring.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import dev.signals.SignalRegistry;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * A servlet web application for the request signal tests: Spring MVC on Tomcat, the test
 * controllers, recording and failing receivers, and two filters that write to the timeline: an
 * application filter at Spring Security's default order and a probe at order 0 that marks the
 * end of every dispatch.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = { DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
		DataJpaRepositoriesAutoConfiguration.class })
@Import(TestController.class)
class WebTestApplication {

	/** Spring Security's default filter order. */
	static final int APPLICATION_FILTER_ORDER = -100;

	@Bean
	SignalRecorder signalRecorder(SignalRegistry registry) {
		return new SignalRecorder(registry);
	}

	@Bean
	FailingReceivers failingReceivers(SignalRegistry registry, SignalRecorder recorderConnectedFirst) {
		return new FailingReceivers(registry);
	}

	@Bean
	RequestLogReceiver requestLogReceiver() {
		return new RequestLogReceiver();
	}

	@Bean
	HoldingReceiver holdingReceiver(SignalRegistry registry) {
		return new HoldingReceiver(registry);
	}

	@Bean
	FilterRegistrationBean<Filter> applicationFilter(SignalRecorder recorder) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
				(request, response, chain) -> {
					recorder.step(SignalRecorder.id(request), "app:enter");
					try {
						chain.doFilter(request, response);
					}
					finally {
						recorder.step(SignalRecorder.id(request), "app:exit");
					}
				});
		registration.setOrder(APPLICATION_FILTER_ORDER);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ProbeFilter> probeFilter(SignalRecorder recorder) {
		FilterRegistrationBean<ProbeFilter> registration = new FilterRegistrationBean<>(new ProbeFilter(recorder));
		registration.setOrder(0);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR,
				DispatcherType.FORWARD);
		registration.setAsyncSupported(true);
		return registration;
	}

	/** Marks each dispatch's end, and on the request dispatch whether the request signals follow it. */
	record ProbeFilter(SignalRecorder recorder) implements Filter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			String id = SignalRecorder.id(request);
			if (request.getDispatcherType() == DispatcherType.REQUEST) {
				this.recorder.step(id, (RequestExchange.of(request) != null) ? "exchange:present" : "exchange:absent");
			}
			try {
				chain.doFilter(request, response);
			}
			finally {
				this.recorder.step(id, "dispatch:" + request.getDispatcherType() + ":end");
			}
		}

	}

}
