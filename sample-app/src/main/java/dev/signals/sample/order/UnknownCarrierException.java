package dev.signals.sample.order;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The carrier named for a shipping is not one the shop works with; the shipping rolls back. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class UnknownCarrierException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	UnknownCarrierException(String carrier) {
		super("Unknown carrier '" + carrier + "'; known carriers are " + OrderService.CARRIERS);
	}

}
