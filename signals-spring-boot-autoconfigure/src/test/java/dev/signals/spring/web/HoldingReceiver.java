package dev.signals.spring.web;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;

import dev.signals.SignalEvent;
import dev.signals.SignalRegistry;
import org.jspecify.annotations.Nullable;

/**
 * A request_finished receiver that, for a request with the {@value #HOLD_HEADER} header, waits
 * until the test released it (after the client read the whole response) or 10 seconds passed.
 */
class HoldingReceiver {

	static final String HOLD_HEADER = "X-Hold";

	private final CountDownLatch release = new CountDownLatch(1);

	private final CountDownLatch done = new CountDownLatch(1);

	private volatile boolean released;

	HoldingReceiver(SignalRegistry registry) {
		registry.get(RequestSignals.REQUEST_FINISHED).connect(this::finished);
	}

	private @Nullable Object finished(SignalEvent event) throws InterruptedException {
		if (event.get("request", HttpServletRequest.class).getHeader(HOLD_HEADER) != null) {
			this.released = this.release.await(10, TimeUnit.SECONDS);
			this.done.countDown();
		}
		return null;
	}

	/** Lets the receiver return. */
	void release() {
		this.release.countDown();
	}

	/**
	 * Waits for the receiver to return.
	 * @return whether it was released rather than timed out
	 * @throws InterruptedException when interrupted
	 */
	boolean awaitReturn() throws InterruptedException {
		return this.done.await(30, TimeUnit.SECONDS) && this.released;
	}

}
