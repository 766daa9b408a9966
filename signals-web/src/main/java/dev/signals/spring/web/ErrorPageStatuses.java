package dev.signals.spring.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

import org.springframework.boot.web.error.ErrorPage;
import org.springframework.boot.web.error.ErrorPageRegistrar;
import org.springframework.util.function.SingletonSupplier;

/**
 * Which error statuses the container renders with an error page dispatch, as the application's
 * {@link ErrorPageRegistrar error page registrars} declare them. Read once, when first asked.
 */
public final class ErrorPageStatuses implements IntPredicate {

	private final Supplier<IntPredicate> statuses;

	/**
	 * Creates the statuses of some registrars.
	 * @param registrars the registrars, iterated when first asked (an {@code ObjectProvider})
	 */
	public ErrorPageStatuses(Iterable<ErrorPageRegistrar> registrars) {
		this.statuses = SingletonSupplier.of(() -> read(registrars));
	}

	private static IntPredicate read(Iterable<ErrorPageRegistrar> registrars) {
		List<ErrorPage> pages = new ArrayList<>();
		registrars.forEach((registrar) -> registrar.registerErrorPages((added) -> Collections.addAll(pages, added)));
		if (pages.stream().anyMatch(ErrorPage::isGlobal)) {
			return (status) -> true;
		}
		int[] codes = pages.stream()
			.filter((page) -> page.getStatus() != null)
			.mapToInt(ErrorPage::getStatusCode)
			.toArray();
		return (status) -> {
			for (int code : codes) {
				if (code == status) {
					return true;
				}
			}
			return false;
		};
	}

	@Override
	public boolean test(int status) {
		return this.statuses.get().test(status);
	}

}
