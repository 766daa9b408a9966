package dev.signals.spring.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.web.error.ErrorPage;
import org.springframework.boot.web.error.ErrorPageRegistrar;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which error statuses are rendered by an error page dispatch, read from registrars.
 */
class ErrorPageStatusesTests {

	@Test
	void globalErrorPageRendersEveryStatus() {
		ErrorPageStatuses statuses = statuses((registry) -> registry.addErrorPages(new ErrorPage("/error")));
		assertThat(statuses.test(404)).isTrue();
		assertThat(statuses.test(503)).isTrue();
	}

	@Test
	void statusErrorPagesRenderOnlyTheirStatuses() {
		ErrorPageStatuses statuses = statuses((registry) -> registry.addErrorPages(
				new ErrorPage(HttpStatus.NOT_FOUND, "/404"), new ErrorPage(IllegalStateException.class, "/oops")));
		assertThat(statuses.test(404)).isTrue();
		assertThat(statuses.test(500)).isFalse();
	}

	@Test
	void withoutErrorPagesNoStatusIsRendered() {
		assertThat(new ErrorPageStatuses(List.of()).test(500)).isFalse();
	}

	@Test
	void registrarsAreReadOnceWhenFirstAsked() {
		int[] reads = new int[1];
		ErrorPageStatuses statuses = statuses((registry) -> reads[0]++);
		assertThat(reads[0]).isZero();
		statuses.test(404);
		statuses.test(500);
		assertThat(reads[0]).isOne();
	}

	private static ErrorPageStatuses statuses(ErrorPageRegistrar registrar) {
		return new ErrorPageStatuses(List.of(registrar));
	}

}
